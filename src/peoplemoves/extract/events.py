"""Assemble leadership-change events from the mentions of one sentence.

Triggers cut a sentence into zones. A trigger claims the people of its own zone: the
text since the previous trigger ("Solberg resigned") or, for verbs that act on someone
(appointing, firing) and for lists that follow a verb ("…resigned too: Berg and
Lund"), the text up to the next trigger. Of a zone's people the one nearest the
trigger is taken with those listed beside it. Role, organization, date, status and the
interim flag are then read from what stands nearest each person and trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from peoplemoves.extract.lexicon import Hit, PhraseMatcher
from peoplemoves.extract.orgs import OrgMention
from peoplemoves.extract.people import NameMention
from peoplemoves.extract.view import SentenceView
from peoplemoves.languages import base_language, canonical_role, pack_for, single_seat
from peoplemoves.temporal import DateMention

EVIDENCE_MAX = 200
POSSESSIVE = ("'s", "’s")
#: how far (characters) a person may stand from the trigger that claims them; a CJK character
#: carries about three Latin letters' worth, so those scripts get a third of the reach
REACH = 120
CJK_REACH = 55
#: how close (characters) a negation must stand before a trigger to cancel it
NEGATION_REACH = 12
#: the posts an executive moves up to from the one they held ("president until now becomes chairman")
CHAIR_POSTS = frozenset({"chair", "executive chair", "chair of the supervisory board"})


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # start_position | end_position | leave_of_absence | succession
    cause: str | None
    needs_role: bool = False  # a weak verb ("became"): an event only with a role title right after it
    conditional: bool = False  # "if he leaves": it claims its people but reports no change

    @property
    def acts_on_someone(self) -> bool:
        """Appointing and firing name their object after the verb in SVO languages."""
        return self.kind == "start_position" or self.cause == "dismissed"

    @property
    def succession(self) -> bool:
        return self.kind.startswith("succession")


@dataclass
class Candidate:
    """One event as read from one sentence, before the document merges repeats."""

    kind: str
    person: int  # person entity id
    person_mention: NameMention
    org: OrgMention | None
    org_strong: bool
    role: str | None
    cause: str | None
    interim: bool
    date: str | None
    status: str
    evidence: tuple[int, int]  # offsets in the sentence text
    sentence: int
    effective: bool = False  # the date is one the text marks as when the change takes effect
    guessed: bool = False  # no date in its sentence: the day of the article's news stands in for one


def parse_trigger(hit: Hit) -> Trigger | None:
    kind, _, cause = hit.value.partition(":")
    if kind not in {"start_position", "end_position", "leave_of_absence", "succession", "succession_passive"}:
        return None
    needs_role = cause == "with_role"
    if needs_role:
        cause = ""
    if kind == "end_position":
        cause = cause or "unknown"
    return Trigger(hit.start, hit.end, kind, cause or None, needs_role)


def _gap_is_list(view: SentenceView, a: NameMention, b: NameMention, skip: list[tuple[int, int]]) -> bool:
    """Whether only commas, conjunctions, roles and organizations stand between two names."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = list(view.text[lo:hi])
    for s, e in skip:
        for i in range(max(s, lo), min(e, hi)):
            gap[i - lo] = " "
    rest = re.sub(r"[(（][^)）]*[)）]", " ", "".join(gap))
    if any(lo <= h.start < hi for h in view.lexicon.honorifics.find(view.text)):
        rest = view.lexicon.honorifics._regex.sub(" ", rest)
    if not view.lexicon.spaced:
        return len(re.sub(r"[\s,，、]", "", rest)) <= 3
    words = re.findall(r"[^\W\d_]+", rest)
    stop = view.both("stopwords")
    if len(words) <= 3 and all(w.lower() in stop for w in words):
        return True
    # "X, former head of autos at Y, and Z": a longer gap still lists names when it ends in a conjunction
    tail = rest.rstrip()
    joiners = view.lexicon.conjunctions | view.english.conjunctions
    last = tail.split()[-1].lower() if tail.split() else ""
    return len(rest) <= 80 and (last in joiners) and "," in rest


def _counted(text: str, pos: int) -> bool:
    """"two important executives", "2人の幹部": a counted group right after named people is those people."""
    return bool(re.search(r"[\d一二三四五六七八九十两兩]", text[max(0, pos - 8) : pos]))


def claim_people(
    view: SentenceView,
    triggers: list[Trigger],
    people: list[NameMention],
    roles: list[Hit],
    orgs: list[OrgMention],
    collective: list[Hit],
) -> list[list[NameMention]]:
    """For each trigger, the people it is about."""
    skip = [(h.start, h.end) for h in roles] + [(o.start, o.end) for o in orgs]
    claimed: list[list[NameMention]] = []
    bounds = [0] + [t.end for t in triggers]
    ends = [t.start for t in triggers] + [len(view.text)]
    subject_markers = view.subject_particles
    reach = REACH if view.lexicon.spaced else CJK_REACH
    for i, trig in enumerate(triggers):
        before = [p for p in people if bounds[i] <= p.start and p.end <= trig.start and trig.start - p.end <= reach]
        after = [p for p in people if trig.end <= p.start and p.end <= ends[i + 1] and p.start - trig.end <= reach]
        if trig.succession:
            # "B replaces A": the nearest name on each side, one starting and one ending, each with the
            # names listed beside it ("Ils remplacent A, B et C")
            pair = _listed(view, before, min(before, key=lambda p: trig.start - p.end), skip) if before else []
            pair += _listed(view, after, min(after, key=lambda p: p.start - trig.end), skip) if after else []
            incoming = [p for p in after if replacement_starter(view, trig, p, pair)]
            if incoming:  # "the club replaced A with B": the one before the verb only acts
                pair = [p for p in pair if p.start >= trig.end] + incoming
            claimed.append(pair)
            continue
        group_noun = [c for c in collective if bounds[i] <= c.start and c.end <= trig.start
                      and trig.start - c.end <= (20 if view.lexicon.spaced else 12)
                      and not (before and _counted(view.text, c.start))]
        # "a wave of resignations of executives", "高管离职潮": the group may also follow a noun trigger
        group_noun += [c for c in collective if 0 <= c.start - trig.end <= (16 if view.lexicon.spaced else 4)]
        if group_noun and not trig.acts_on_someone:
            claimed.append([])  # "half the staff have left": the subject is a group, not a named person
            continue
        named = _named_by_noun(view, trig, before, after)
        if named and not trig.acts_on_someone:
            claimed.append(_listed(view, named, named[0], skip))
            continue
        if view.verb_final:
            zone = before
            if trig.acts_on_someone and len(zone) > 1 and subject_markers:
                zone = [p for p in zone if not view.text[p.end : p.end + 2].lstrip().startswith(subject_markers)]
            elif not trig.acts_on_someone and len(zone) > 1:
                # "A 감독은 B 단장을 찾아가 사임": the one visited or addressed is not the one leaving
                zone = [p for p in zone if not _marked_object(view, p)] or zone
        elif trig.acts_on_someone and not _passive(view, trig):
            zone = _same_clause(view, trig, after, before) or before
        else:
            zone = before or after
        if not zone:
            claimed.append([])
            continue
        owners = [p for p in zone if view.text[p.end : p.end + 2] in POSSESSIVE or view.text[p.end : p.end + 1] == "的"]
        if len(owners) < len(zone):
            zone = [p for p in zone if p not in owners]  # "X's leadership": X owns something, X is not the subject
        nearest = min(zone, key=lambda p: min(abs(p.end - trig.start), abs(p.start - trig.end)))
        claimed.append(_listed(view, zone, nearest, skip))
    return _successor_acts(triggers, _share_subjects(view, triggers, claimed, collective))


def pronoun_subject(view: SentenceView, trig: Trigger) -> bool:
    """"1996年2月，他加入华东电力出任副总裁", "In 2008 he became chief executive": a subject pronoun before
    the verb, in its clause, stands for the person named before (``[claims] pronouns``)."""
    words = claim_words(view.lang).pronouns
    if not words:
        return False
    clause = view.text[max(0, trig.start - 40) : trig.start].lower()
    for w in words:
        k = clause.rfind(w)
        if k < 0:
            continue
        if view.lexicon.spaced and not ((k == 0 or not clause[k - 1].isalnum())
                                        and (k + len(w) == len(clause) or not clause[k + len(w)].isalnum())):
            continue
        if not re.search(r"[.;:!?。；：！？]", clause[k:]):
            return True
    return False


def _same_clause(view: SentenceView, trig: Trigger, after: list[NameMention],
                 before: list[NameMention]) -> list[NameMention]:
    """"由X出任副县长，秘书长由Y担任": in unspaced text an appointing verb with a name right before it (出任,
    "takes office") is that name's, and a name past the next comma stands in another clause."""
    gaps = [view.text[p.end : trig.start] for p in before]
    if view.lexicon.spaced or not any(not g or view.lexicon.honorifics.contains(g) for g in gaps):
        return after  # nobody right before the verb (刘某同志任: an honorific may stand between)
    return [p for p in after if not re.search(r"[，,；;。]", view.text[trig.end : p.start])]


def bare_verb_triggers(view: SentenceView, people: list[NameMention], roles: list[Hit],
                       orgs: list[OrgMention], words: list[tuple[int, int]]) -> list[Trigger]:
    """"张某任华东大学党委书记", "刘某同志任院长": a one-character verb (``[claims] bare_verbs``) is a start
    only right after a name (or its honorific) and right before an organization or a title, and never
    inside a longer word (曾任, 现任, 任内, 解任)."""
    text, out = view.text, []
    honorifics = [(h.start, h.end) for h in view.lexicon.honorifics.find(text)]
    for verb in claim_words(view.lang).bare_verbs:
        for m in re.finditer(re.escape(verb), text):
            s, e = m.span()
            if any(ws < e and s < we for ws, we in words):
                continue
            named = any(p.end == s for p in people) or any(
                he == s and any(p.end == hs for p in people) for hs, he in honorifics)
            titled = any(o.start == e for o in orgs) or any(r.start == e for r in roles)
            if named and titled:
                out.append(Trigger(s, e, "start_position", None))
    return out


def _passive(view: SentenceView, trig: Trigger) -> bool:
    """"Yoann Damet, 29, was named interim head coach": an auxiliary right before an appointing verb
    makes the name before it the one appointed (``[claims] passive``)."""
    words = claim_words(view.lang).passive
    if not words:
        return False
    before = view.text[max(0, trig.start - 16) : trig.start].lower().rstrip()
    return any(before == w or before.endswith(" " + w) for w in words)


def _successor_acts(triggers: list[Trigger], claimed: list[list[NameMention]]) -> list[list[NameMention]]:
    """"B接替A出任X", "B replaces A and becomes X": the verb after a succession is the successor's,
    never the predecessor's, though the predecessor stands nearer to it."""
    out = [list(group) for group in claimed]
    for i in range(1, len(triggers)):
        prev = triggers[i - 1]
        if prev.kind != "succession" or triggers[i].kind != "start_position" or not out[i]:
            continue
        leaving = [p for p in out[i - 1] if p.start >= prev.end]
        starting = [p for p in out[i - 1] if p.end <= prev.start]
        if starting and all(any(p is q for q in leaving) for p in out[i]):
            out[i] = starting
    return out


def replacement_starter(view: SentenceView, trig: Trigger, person: NameMention,
                        group: list[NameMention]) -> bool:
    """"replaced A with B", "sostituì A con B": the name after the link word is the one starting
    (words from ``[claims] replacement_links``)."""
    links = claim_words(view.lang).replacement_links
    if trig.kind != "succession" or person.start < trig.end or not links:
        return False
    filler = links | view.lexicon.articles | view.lexicon.stopwords
    for q in group:
        if not (trig.end <= q.end <= person.start) or q is person:
            continue
        words = re.findall(r"[^\W\d_]+", view.text[q.end : person.start].lower())
        if words and len(words) <= 3 and any(w in links for w in words) and all(w in filler for w in words):
            return True
    return False


def _share_subjects(view: SentenceView, triggers: list[Trigger], claimed: list[list[NameMention]],
                    collective: list[Hit]) -> list[list[NameMention]]:
    """A verb with nobody in its zone shares the subject of the verb before it.

    "X quit after being named Y", "X辞去A，改接任B", "X頭取は頭取を退き、取締役に就任する":
    the second verb's subject is the first one's, named only once.
    """
    out = [list(group) for group in claimed]
    for i in range(1, len(triggers)):
        trig, prev = triggers[i], triggers[i - 1]
        if out[i] or trig.succession or prev.succession or prev.conditional or not out[i - 1]:
            continue
        if any(prev.end <= c.start and c.end <= trig.start for c in collective):
            continue  # "X left, and staff followed": the group is the second verb's subject
        subjects = [p for p in out[i - 1] if p.end <= prev.start and not _owns(view, p, prev)]
        if subjects and len(subjects) == len(out[i - 1]):
            out[i] = subjects
    return out


def _owns(view: SentenceView, person: NameMention, trig: Trigger) -> bool:
    """"X's departure", "X前監督の解任": the name owns a departure noun, it is no subject of the
    clause, so the next verb does not share it (markers from ``[claims] possessive``)."""
    gap = view.text[person.end : trig.start].strip()
    marks = (*POSSESSIVE, *claim_words(view.lang).possessive)
    return any(gap.startswith(mark) or gap.endswith(mark) for mark in marks)


@dataclass(frozen=True)
class ClaimWords:
    """A language's words for how verbs claim people (``[claims]`` in its TOML file)."""

    possessive: tuple[str, ...]  # marks a name as the owner of what follows ("的", "の")
    conditional: PhraseMatcher  # "if", "sollte", "se dovesse": what follows is no reported change
    replacement_links: frozenset[str]  # "replaced A with B": the word before the one who starts
    noun_links: frozenset[str]  # "the resignation of X": the word between a departure noun and its person
    object_particles: tuple[str, ...]  # verb-final languages: marks an object or recipient (을, 에게, を)
    passive: tuple[str, ...] = ()  # "was", "fue", "a été": before an appointing verb, its subject is appointed
    pronouns: tuple[str, ...] = ()  # "he", "他", "il": a subject standing for the person of the sentence before
    possessives: frozenset[str] = frozenset()  # "its", "son", "su": a title of the sentence's organization
    # (zh) one-character verbs (任, "holds") that tell a change only between a name and a title
    bare_verbs: tuple[str, ...] = ()


@cache
def claim_words(lang: str) -> ClaimWords:
    base = base_language(lang)
    pack = pack_for(base)
    words = (lambda key: pack.words("claims", key)) if pack else (lambda key: [])
    return ClaimWords(
        possessive=tuple(words("possessive")),
        conditional=PhraseMatcher({w.lower(): "conditional" for w in words("conditional")}, base),
        replacement_links=frozenset(w.lower() for w in words("replacement_links")),
        noun_links=frozenset(w.lower() for w in words("noun_links")),
        object_particles=tuple(words("object_particles")),
        passive=tuple(sorted((w.lower() for w in words("passive")), key=len, reverse=True)),
        pronouns=tuple(sorted((w.lower() for w in words("pronouns")), key=len, reverse=True)),
        possessives=frozenset(w.lower() for w in words("possessives")),
        bare_verbs=tuple(words("bare_verbs")),
    )


def _marked_object(view: SentenceView, person: NameMention) -> bool:
    """Whether a particle marks the name (or the title right after it) as an object or recipient
    ("B 단장을", "B에게", "B氏を"): words from ``[claims] object_particles``."""
    objects = claim_words(view.lang).object_particles
    if not objects:
        return False
    after = view.text[person.end : person.end + 12]
    if view.lexicon.spaced:
        tokens = after.split()
        glued = "" if after[:1].isspace() else (tokens[0] if tokens else "")
        marked = [glued] if glued else tokens[:1]
        return any(t.rstrip(".,").endswith(objects) for t in marked)
    particles = (*objects, *view.subject_particles)
    first = min(((after.find(q), q) for q in particles if q in after), default=None)
    return first is not None and first[1] in objects


def _named_by_noun(view: SentenceView, trig: Trigger, before: list[NameMention],
                   after: list[NameMention]) -> list[NameMention]:
    """"the resignation of X", "le départ de X", "X's contested exit": a departure noun names its
    person after a preposition or as its owner, whoever else stands nearer in the sentence."""
    links = claim_words(view.lang).noun_links
    if links and view.lexicon.spaced and not view.verb_final:
        filler = links | view.lexicon.articles | view.lexicon.stopwords
        for p in sorted(after, key=lambda p: p.start):
            words = re.findall(r"[^\W\d_]+", view.text[trig.end : p.start].lower())
            gap = re.sub(r"[^\W\d_]+|\s", "", view.text[trig.end : p.start])
            if words and len(words) <= 3 and words[0] in links and all(w in filler for w in words) and not gap:
                return [p]
            break
    marks = (*POSSESSIVE, *claim_words(view.lang).possessive)
    for p in sorted(before, key=lambda p: -p.end):
        gap = view.text[p.end : trig.start]
        mark = next((m for m in marks if gap.startswith(m)), None)
        rest = gap[len(mark):] if mark else ""
        close = len(rest.split()) <= 1 if view.lexicon.spaced else len(rest.strip()) <= 2
        if mark and close:
            return [p]  # "X's contested exit", "X的辞职"
        break
    return []


def _listed(view: SentenceView, zone: list[NameMention], nearest: NameMention,
            skip: list[tuple[int, int]]) -> list[NameMention]:
    """The nearest name with every name listed beside it ("A, B and C")."""
    group = [nearest]
    ordered = sorted(zone, key=lambda p: p.start)
    k = ordered.index(nearest)
    for step in (-1, 1):
        j, prev = k + step, nearest
        while 0 <= j < len(ordered) and _gap_is_list(view, prev, ordered[j], skip):
            group.append(ordered[j])
            prev = ordered[j]
            j += step
    return sorted({id(p): p for p in group}.values(), key=lambda p: p.start)


def _nearest(items: list, start: int, end: int, limit: int = REACH):
    best, best_d = None, limit + 1
    for item in items:
        d = item.start - end if item.start >= end else (start - item.end if item.end <= start else 0)
        if d < best_d:
            best, best_d = item, d
    return best


def pick_role(
    view: SentenceView, person: NameMention, trig: Trigger, roles: list[Hit], former: list[Hit]
) -> Hit | None:
    """Start events take the role named after the verb ("named CEO"); others the role beside the name."""
    if trig.kind == "start_position" or trig.succession:
        # "hired X, ex head of Y": the former post is not the new one
        roles = [r for r in roles if not any(0 <= r.start - f.end <= 3 for f in former)]
        if trig.needs_role:  # "became CEO", "신임 대표이사": the title the weak verb stands before
            right = [r for r in roles if 0 <= r.start - trig.end <= 40]
            if right:
                return min(right, key=lambda r: r.start)
        if person.start >= trig.end:
            # "named finance chief X as interim CEO": the title after the name is the new post,
            # the one before it the post the person holds now
            new = [r for r in roles if r.start >= person.end and r.start - person.end <= 40]
            if new:
                return min(new, key=lambda r: r.start)
        if view.verb_final and person.end <= trig.start:
            # 暫定CEOに就任, 대표 직무대행으로 선임: the new post stands right before the verb
            before_verb = [r for r in roles if person.end <= r.start and r.end <= trig.start]
            if before_verb:
                return max(before_verb, key=lambda r: r.end)
        after = [r for r in roles if r.start >= trig.end and r.start - trig.end <= 60]
        if after:
            return min(after, key=lambda r: r.start)
    best, best_d = None, 51
    for r in roles:
        if r.end <= person.start:
            d = person.start - r.end  # "ceo di fjordcell anna berg": a title before the name is its own
        elif r.start >= person.end:
            d = r.start - person.end + 15  # "anna berg, chief financial officer": after, if nothing before
        else:
            d = 0
        if d < best_d:
            best, best_d = r, d
    if best is not None and best.end <= person.start:
        # "former head of safety and team lead X": of two titles listed together, the first is the post
        earlier = [r for r in roles if r.end <= best.start and best.start - r.end <= 30
                   and _joined(view, r.end, best.start)]
        if earlier:
            best = max(earlier, key=lambda r: r.end)
    return best or _nearest(roles, trig.start, trig.end, limit=30)


def vacated_title(person: NameMention, new: Hit | None, roles: list[Hit], former: list[Hit]) -> Hit | None:
    """"浜谷哲頭取が会長に就く", "President X becomes chairman": the title standing right beside the
    name of someone moving to another one-holder post is the post they leave.

    Only a move up to a chair (canonical roles, language-blind) from another one-holder post (president
    to chairman, not board member to chairman), never a title marked as held before ("former
    president X"); a chief executive named to a post beside theirs (CFO to CEO) may keep both.
    """
    if new is None or canonical_role(new.value) not in CHAIR_POSTS:
        return None
    beside = [r for r in roles if r is not new and (0 <= person.start - r.end <= 2 or 0 <= r.start - person.end <= 1)]
    for r in beside:
        if any(0 <= r.start - f.end <= 3 for f in former):
            continue
        if single_seat(r.value) and canonical_role(r.value) != canonical_role(new.value):
            return r
    return None


def _joined(view: SentenceView, start: int, end: int) -> bool:
    """Whether two titles are listed together: only a conjunction, comma or organization between."""
    if any(start <= s < end for s, _ in view.person_spans):
        return False  # "X's title Anna Berg and Y's title": each name has its own
    gap = view.text[start:end]
    if any(sep in gap for sep in "、,，"):
        return len(gap.strip(" 、,，")) <= 12
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", gap)]
    joiners = view.lexicon.conjunctions | view.english.conjunctions
    return any(w in joiners for w in words) and len(words) <= 5


def pick_org(
    view: SentenceView,
    person: NameMention | Trigger,
    role: Hit | None,
    trig: Trigger,
    orgs: list[OrgMention],
    former: list[Hit],
) -> tuple[OrgMention | None, bool]:
    """The organization of an event, and whether the text ties it to this person or verb (strong)."""
    acting = _acting_subject(view, person, trig, orgs)
    if acting is not None:
        return acting, True
    owner = _owner_of_title(view, role, orgs)
    if owner is not None:
        return owner, True
    topic = _topic_before(view, person, trig, orgs)
    if topic is not None:
        return topic, True
    if role is not None:
        near_role = _nearest(orgs, role.start, role.end, limit=25)
        was = any(0 <= role.start - f.end <= 10 for f in former)
        # "hired X, ex head of autos at Tesla": for a start, a former post's organization is the old one
        if near_role and not (was and trig.kind == "start_position"):
            return near_role, True
    after_verb = [o for o in orgs if 0 <= o.start - trig.end <= 15 and _only_links(view, trig.end, o.start)]
    if after_verb:
        return min(after_verb, key=lambda o: o.start), True  # "left Y Combinator", "despedido de Cervecera Norte"
    candidates = orgs
    if trig.kind == "start_position":
        former_posts = [f.end for f in former]
        candidates = [o for o in orgs if not any(0 <= o.start - e <= 60 for e in former_posts)]
    candidates = [o for o in candidates if not _next_clause(view, person, o)]
    weak = _nearest(candidates, person.start, person.end, limit=80)
    weak = weak or _nearest(candidates, trig.start, trig.end, limit=120)
    return weak, False


#: how far (characters) before a person an organization may stand to be the topic their clause tells of
TOPIC_REACH = 30


def _topic_before(view: SentenceView, person: NameMention | Trigger, trig: Trigger,
                  orgs: list[OrgMention]) -> OrgMention | None:
    """"熊本銀行ではA氏、親和銀行ではB氏が新頭取に就いた": in verb-final text each clause opens with its
    organization and then names its person; the organization after a person (and after the verb) already
    belongs to the next clause. The nearest one before the person, with no other person between, is theirs."""
    if not view.verb_final or isinstance(person, Trigger):
        return None
    before = [o for o in orgs if o.end <= person.start and person.start - o.end <= TOPIC_REACH]
    if not before:
        return None
    nearest = max(before, key=lambda o: o.end)
    if any(nearest.end <= s < person.start for s, _ in view.person_spans):
        return None
    if trig.acts_on_someone and view.text[nearest.end :].startswith(tuple(view.subject_particles)):
        return None  # "보건복지부는 X를 … 원장으로 임명": the one who appoints, not where X goes
    return nearest


def _next_clause(view: SentenceView, person: NameMention | Trigger, org: OrgMention) -> bool:
    """"il Brescia, passato da A a B, e l'Entella, dove C…": an organization after a comma and a
    conjunction following the person opens the next coordinate clause; it is not the person's."""
    if org.start < person.end:
        return False
    gap = view.text[person.end : org.start]
    m = re.search(r"[,;]\s*(\w+)\s", gap)
    return m is not None and m.group(1).lower() in view.lexicon.conjunctions


def _owner_of_title(view: SentenceView, role: Hit | None, orgs: list[OrgMention]) -> OrgMention | None:
    """"Puma has not yet named a successor to Franz Koch, its chief executive": a possessive before the
    title points back to the organization that opens the sentence (``[claims] possessives``)."""
    if role is None or not view.lexicon.spaced:
        return None
    words = claim_words(view.lang).possessives
    before = view.text[max(0, role.start - 12) : role.start].lower().split()
    if not words or not before or before[-1] not in words:
        return None
    opening = [o for o in orgs if o.end <= role.start]
    return min(opening, key=lambda o: o.start) if opening else None


def _acting_subject(view: SentenceView, person: NameMention | Trigger, trig: Trigger,
                    orgs: list[OrgMention]) -> OrgMention | None:
    """"The University of Warwick has picked Professor X, currently Vice-Chancellor of Bath": the
    organization that appoints or dismisses, as the subject of the verb, is the one the person joins
    or leaves; the title beside the person's name may be the post they hold now elsewhere.

    Only in languages with the verb between subject and object, for a name after the verb, with
    nothing but the subject's own words between it and the verb (no other name, no clause break).
    """
    if (view.verb_final or not view.lexicon.spaced or not trig.acts_on_someone or isinstance(person, Trigger)
            or person.start < trig.end):
        return None
    before = [o for o in orgs if o.end <= trig.start and trig.start - o.end <= 40]
    if not before:
        return None
    subject = max(before, key=lambda o: o.end)
    gap = view.text[subject.end : trig.start]
    if re.search(r"[,;:()，；：]", gap) or any(subject.end <= s < trig.start for s, _ in view.person_spans):
        return None
    opening = view.text[: subject.start]
    clause = re.split(r"[,;:()—–]", opening)[-1]
    if len(clause.split()) > 4:
        return None  # the subject opens its clause: "The University of Warwick has picked", "Il cda di Siena ha"
    return subject


def _only_links(view: SentenceView, start: int, end: int) -> bool:
    """Whether only prepositions and articles stand between a verb and its object ("left the X").

    Punctuation ends the verb's reach: "resigned, the newspaper reported" is no object.
    """
    gap = view.text[start:end]
    if re.search(r"[,;:，、。；：]", gap):
        return False
    if any(p in gap for p in view.subject_particles):
        return False  # "退職は gpt-4o が…": a topic marker starts a new clause
    if not view.lexicon.spaced:
        # 离开硅谷知名孵化器Y Combinator: a describing phrase may stand between verb and name
        described = len(gap) <= 10 and any(gap.endswith(d) for d in view.lexicon.org_descriptors if d.strip())
        return len(gap.strip()) <= 1 or described
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", gap)]
    links = view.lexicon.prepositions | view.english.prepositions | view.lexicon.stopwords
    return all(w in links for w in words)


def pick_date(dates: list[DateMention], trig: Trigger, effective: list[DateMention] = ()) -> str | None:
    """The date of the change: one the text marks as effective ("with effect from 1 July", "7月1日付"),
    else the one nearest the verb, the most precise of those standing together."""
    if effective:
        return _nearest(list(effective), trig.start, trig.end, limit=10_000).value
    resolved = [d for d in dates if d.value]
    if not resolved:
        return None
    rank = {"day": 0, "month": 1, "year": 2}
    near = _nearest(resolved, trig.start, trig.end, limit=10_000)
    close = [d for d in resolved if abs(d.start - near.start) <= 40]
    return min(close, key=lambda d: rank.get(d.precision, 3)).value


@cache
def _effective_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    pack = pack_for(lang)
    table = pack.section("dates").get("effective", {}) if pack else {}
    return (tuple(str(w).lower() for w in table.get("before", [])),
            tuple(str(w).lower() for w in table.get("after", [])),
            tuple(str(w).lower() for w in table.get("until", [])))


@cache
def _anaphora_pattern(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    pack = pack_for(lang)
    table = pack.section("dates").get("anaphora", {}) if pack else {}

    def pattern(words: list[str]) -> re.Pattern[str] | None:
        if not words:
            return None
        alternatives = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if lang_spaced(lang) else f"(?:{alternatives})")

    return pattern(table.get("same_day", [])), pattern(table.get("next_day", []))


def lang_spaced(lang: str) -> bool:
    """Whether the language writes spaces between words (so its words need edges of their own)."""
    return base_language(lang) not in ("zh", "ja")


def anaphoric_day(view: SentenceView) -> int | None:
    """How many days after the date named just before the sentence's change took place, when the
    sentence tells it only by reference ("Ce jour-là" 0, "Le lendemain" 1, 次日 1); else None."""
    same, following = _anaphora_pattern(view.lang)
    text = view.text.lower()
    if following is not None and following.search(text):
        return 1
    if same is not None and same.search(text):
        return 0
    return None


def effective_dates(view: SentenceView, dates: list[DateMention]) -> list[DateMention]:
    """Dates the sentence marks as when a change takes effect (words from ``[dates.effective]``)."""
    before_words, after_words, until_words = _effective_words(view.lang)
    out = []
    for d in dates:
        if not d.value:
            continue
        head = (view.text[max(0, d.start - 25) : d.start] + d.text[:12]).lower()
        ahead = view.text[d.end : d.end + 6].lower()
        lead = view.text[max(0, d.start - 25) : d.start].rstrip().lower()
        if any(lead.endswith(w) for w in until_words):
            continue  # "bis zum 30. Juni 2022 datierter Vertrag": where something ends, not where a change starts
        opened = any(lead.endswith(w) or d.text.lower().startswith(w + " ") for w in before_words)
        if opened or any(ahead.lstrip().startswith(w) for w in after_words) or (
                not view.lexicon.spaced and any(w in head[-6:] for w in before_words)):
            out.append(d)
    return out


def status_of(view: SentenceView, trig: Trigger, cues: dict[str, list[Hit]]) -> str | None:
    """reported / planned / rumored / denied, or None when the sentence says it did not happen."""
    if cues.get("denial"):
        return "denied"
    for neg in cues.get("negation", []):
        # verb-final languages negate after the verb: a negation further before it closes a clause of its own
        # ("代表権を持たない会長に就く": takes a chair that holds no power of representation)
        reach = 2 if view.verb_final else NEGATION_REACH
        if neg.end <= trig.start and trig.start - neg.end <= reach:
            return None
        if view.verb_final and 0 <= neg.start - trig.end <= 8:  # 辞任はしていない: negation follows the verb
            return None
    if cues.get("rumor"):
        return "rumored"
    if any(f.end <= trig.start + 2 and trig.start - f.end <= 40 for f in cues.get("future", [])):
        return "planned"
    if any(trig.start <= f.start and f.end <= trig.end for f in cues.get("future", [])):
        return "planned"
    if view.verb_final and any(0 <= f.start - trig.end <= 12 for f in cues.get("future", [])):
        return "planned"  # 退任する予定, 은퇴할 예정이다: the tense follows the verb
    return "reported"


def conditional(view: SentenceView, trig: Trigger) -> bool:
    """"If he leaves", "Sollte X ausscheiden", "辞任した場合": a change under a condition is no change
    the text reports. The condition opens the verb's clause, or follows the verb in verb-final
    languages (words from ``[claims] conditional``); the main clause after it ("…, rückt Y an die
    Spitze") tells the change planned for that case, which stays."""
    for hit in claim_words(view.lang).conditional.find(view.text):
        if view.verb_final:
            if 0 <= hit.start - trig.end <= 8:
                return True
        elif hit.end <= trig.start and not re.search(r"[,.;:!?，、。；：]", view.text[hit.end : trig.start]):
            return True
    return False


def is_interim(cues: dict[str, list[Hit]], role: Hit | None) -> bool:
    interim = cues.get("interim", [])
    if not interim:
        return False
    if role is None:
        return True
    return any(abs(c.start - role.end) <= 25 or abs(role.start - c.end) <= 25 for c in interim)


def evidence_span(view: SentenceView, pieces: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence, or a window of it around the trigger and people when it is too long."""
    n = len(view.text)
    if n <= EVIDENCE_MAX:
        return 0, n
    lo = min(s for s, _ in pieces)
    hi = max(e for _, e in pieces)
    if hi - lo >= EVIDENCE_MAX:
        return lo, lo + EVIDENCE_MAX
    pad = (EVIDENCE_MAX - (hi - lo)) // 2
    start = max(0, lo - pad)
    end = min(n, start + EVIDENCE_MAX)
    return max(0, end - EVIDENCE_MAX), end
