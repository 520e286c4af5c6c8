-- Version 1: documents and their cleaned segments.
CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,          -- content hash: the same article always gets the same id
    name        TEXT NOT NULL,             -- file stem or JSON Lines id, as first seen
    source      TEXT NOT NULL,             -- where it was first read from
    published   TEXT,                      -- ISO date or NULL
    languages   TEXT NOT NULL,             -- JSON list of BCP-47 tags, main first
    title       TEXT,
    url         TEXT,
    encoding    TEXT,
    original    TEXT NOT NULL,             -- the original text all offsets point into
    removed     TEXT NOT NULL DEFAULT '{}',-- JSON: what cleaning dropped, by reason
    ingested_at TEXT NOT NULL              -- when peoplemoves learned of it (UTC ISO)
);
CREATE TABLE IF NOT EXISTS segments (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    lang      TEXT NOT NULL,
    text      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS document_sources (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source  TEXT NOT NULL,
    name    TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, source)
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS segments_lang ON segments(lang);

-- Version 2: what the extract layer found in each document.
CREATE TABLE IF NOT EXISTS events (
    id             INTEGER PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    person         TEXT NOT NULL,
    org            TEXT,
    role           TEXT,
    cause          TEXT,
    interim        INTEGER NOT NULL,
    date           TEXT,
    status         TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,  -- offsets into documents.original
    evidence_end   INTEGER NOT NULL,
    lang           TEXT NOT NULL,
    person_mentions TEXT NOT NULL DEFAULT '[]',
    org_mentions   TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS entities (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,           -- person | org
    name     TEXT NOT NULL,
    native   TEXT,
    mentions TEXT NOT NULL,           -- JSON list of surface forms
    PRIMARY KEY (doc_id, kind, name)
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_person ON events(person);
CREATE INDEX IF NOT EXISTS events_org ON events(org);
