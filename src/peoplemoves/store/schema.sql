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

-- Version 3: the resolve layer's record, rebuilt from documents/events/entities by `resolve`.
-- One entity across scripts and documents.
CREATE TABLE IF NOT EXISTS r_entities (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,              -- person | org
    name    TEXT NOT NULL,              -- canonical name, Latin script
    native  TEXT                        -- a native-script form, when there is one
);
-- Every surface form an entity takes, in any script, for look-up ("索尔伯格" finds the person).
CREATE TABLE IF NOT EXISTS r_aliases (
    entity_id INTEGER NOT NULL REFERENCES r_entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,            -- as written
    folded    TEXT NOT NULL,            -- case/accents/spaces folded, Traditional -> Simplified
    doc_id    TEXT,                     -- a document it was seen in (NULL: derived)
    garbled   INTEGER NOT NULL DEFAULT 0, -- 1: dropped letters, a translation's word, the program's romanization:
                                        -- found by look-up, never offered as a name (suggestions, exports)
    PRIMARY KEY (entity_id, folded, doc_id)
);
CREATE INDEX IF NOT EXISTS r_aliases_folded ON r_aliases(folded);
-- Documents telling the same real-world story, whatever their language.
CREATE TABLE IF NOT EXISTS stories (
    id        TEXT PRIMARY KEY,         -- stable: derived from its earliest document
    label     TEXT NOT NULL,            -- a short human label (main event)
    first_date TEXT,                    -- earliest publication / event date in the story
    documents INTEGER NOT NULL,
    articles  INTEGER NOT NULL          -- documents minus translations: distinct articles
);
CREATE TABLE IF NOT EXISTS story_docs (
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,          -- main language
    article     TEXT NOT NULL,          -- translation group: documents that are one article in several languages share it
    PRIMARY KEY (story_id, doc_id)
);
-- A fact: one change (person, organization, kind) told by one or more sources.
CREATE TABLE IF NOT EXISTS facts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,           -- start_position | end_position | leave_of_absence
    person_id  INTEGER NOT NULL REFERENCES r_entities(id),
    org_id     INTEGER REFERENCES r_entities(id),
    role       TEXT,                    -- the best-supported value; all values in fact_values
    cause      TEXT,
    interim    INTEGER NOT NULL DEFAULT 0,
    date       TEXT,                    -- YYYY, YYYY-MM or YYYY-MM-DD (the most precise agreed value)
    status     TEXT NOT NULL,           -- reported | planned | rumored | denied
    story_id   TEXT REFERENCES stories(id),
    sources    INTEGER NOT NULL,        -- documents
    articles   INTEGER NOT NULL,        -- distinct articles (translations of one article count once)
    conflict   INTEGER NOT NULL DEFAULT 0, -- 1 when sources disagree on date, role or cause
    learned_at TEXT NOT NULL            -- when peoplemoves first learned it (earliest source ingest)
);
CREATE INDEX IF NOT EXISTS facts_person ON facts(person_id);
CREATE INDEX IF NOT EXISTS facts_org ON facts(org_id);
CREATE INDEX IF NOT EXISTS facts_date ON facts(date);
-- Every source of a fact, with what that source says.
CREATE TABLE IF NOT EXISTS fact_sources (
    fact_id    INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    article    TEXT NOT NULL,           -- translation group of the document
    role       TEXT,
    cause      TEXT,
    date       TEXT,
    status     TEXT NOT NULL,
    evidence   TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,    -- offsets into documents.original
    evidence_end   INTEGER NOT NULL,
    learned_at TEXT NOT NULL,           -- when this source was ingested
    PRIMARY KEY (fact_id, event_id)
);
CREATE INDEX IF NOT EXISTS fact_sources_doc ON fact_sources(doc_id);
-- Disagreements kept, not hidden: one row per distinct value of a disputed field.
CREATE TABLE IF NOT EXISTS fact_values (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    field   TEXT NOT NULL,              -- date | role | cause | status
    value   TEXT,
    doc_ids TEXT NOT NULL,              -- JSON list of documents.id giving this value
    PRIMARY KEY (fact_id, field, value)
);
-- Positions over time, derived from facts: who held what, where, from when to when.
CREATE TABLE IF NOT EXISTS positions (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES r_entities(id),
    org_id      INTEGER REFERENCES r_entities(id),
    role        TEXT,
    start_date  TEXT,                   -- NULL: not known (held before the record begins)
    end_date    TEXT,                   -- NULL: still held as far as the record knows
    end_cause   TEXT,
    status      TEXT NOT NULL,          -- reported | planned | rumored | denied (only reported ones are "held")
    interim     INTEGER NOT NULL DEFAULT 0,
    start_fact  INTEGER REFERENCES facts(id),
    end_fact    INTEGER REFERENCES facts(id),  -- for end_cause 'succeeded': the successor's start
    learned_at  TEXT NOT NULL,          -- when the record first supported this interval
    first_seen  TEXT,                   -- earliest date an observation says it was held ("by D")
    last_seen   TEXT,                   -- latest date an observation says it was held ("still on D")
    observed    INTEGER NOT NULL DEFAULT 0  -- how many observations back it
);
CREATE INDEX IF NOT EXISTS positions_org ON positions(org_id, start_date);
CREATE INDEX IF NOT EXISTS positions_person ON positions(person_id);

-- Serve layer (issue 5): indexes for the time-aware queries (who / moves / person / story / document).
CREATE INDEX IF NOT EXISTS facts_org_date ON facts(org_id, date);
CREATE INDEX IF NOT EXISTS facts_story ON facts(story_id);
CREATE INDEX IF NOT EXISTS facts_conflict ON facts(conflict) WHERE conflict = 1;
CREATE INDEX IF NOT EXISTS story_docs_doc ON story_docs(doc_id);

-- Version 4: holding observations ("Fjordcell CEO Henrik Solberg said…"): a post held on a date,
-- without a change. Per document as extracted, then resolved to entities and tied to a position.
CREATE TABLE IF NOT EXISTS observations (
    id             INTEGER PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person         TEXT NOT NULL,
    org            TEXT,
    role           TEXT NOT NULL,
    tense          TEXT NOT NULL,        -- current | past
    date           TEXT,                 -- the document's date
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,     -- offsets into documents.original
    evidence_end   INTEGER NOT NULL,
    lang           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS observations_doc ON observations(doc_id);
CREATE TABLE IF NOT EXISTS r_observations (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES r_entities(id),
    org_id         INTEGER REFERENCES r_entities(id),
    role           TEXT NOT NULL,        -- canonical role
    tense          TEXT NOT NULL,
    date           TEXT,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    observation_id INTEGER NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    lang           TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    learned_at     TEXT NOT NULL,
    position_id    INTEGER              -- the position it backs (positions.id), when it backs one
);
CREATE INDEX IF NOT EXISTS r_observations_person ON r_observations(person_id);
CREATE INDEX IF NOT EXISTS r_observations_org ON r_observations(org_id);
