"""A name read as a person in one document and as an organization or product in others.

"ChatGPT" is a product wherever a text writes it with its capitals; an Italian machine translation
in lower case ("chatgpt ha …") makes it look like a person. Across documents the evidence is what
the name does most often: a Latin name that more documents use for an organization is no person
there, and its events are nobody's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from peoplemoves.names import fold
from peoplemoves.resolve.entities import Node, is_latin


def drop_misread(people: list[Node], orgs: list[Node]) -> list[Node]:
    """``people`` without the nodes whose Latin name their own document, or more documents, give to an
    organization; renumbered."""
    org_keys = {(n.doc_id, fold(n.name)) for n in orgs if is_latin(n.name)}
    org_docs = Counter(key for _, key in org_keys)
    person_docs = Counter(key for _, key in {(n.doc_id, fold(n.name)) for n in people})
    kept = []
    for node in people:
        key = fold(node.name)
        # the document itself found it as an organization (a suffix, a descriptor: "des Autozulieferers
        # Kessler Antriebstechnik"), or more documents did: the person reading is the misreading
        if is_latin(node.name) and ((node.doc_id, key) in org_keys or org_docs[key] > person_docs[key]):
            continue
        kept.append(replace(node, ident=len(kept)))
    return kept
