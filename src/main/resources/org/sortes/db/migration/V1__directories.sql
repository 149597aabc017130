-- No foreign keys from the register rows to directory_versions: the writer always sets them to its
-- own version, and checking 1,000,000 of them cost 15 % of an import.
-- Directory versions: every import, edit or retirement makes one, so a draw can name the exact
-- population it used. Rows of each register carry the version range in which they hold:
-- a row is part of version v when from_version <= v and (to_version is null or to_version > v).
CREATE TABLE directory_versions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    register      TEXT    NOT NULL CHECK (register IN ('subjects', 'inspectors', 'items', 'departments')),
    created_at    TEXT    NOT NULL,
    actor         TEXT,
    source        TEXT    NOT NULL CHECK (source IN ('import', 'edit', 'retire', 'demo')),
    file_name     TEXT,
    file_sha256   TEXT,
    encoding      TEXT,
    row_count     INTEGER NOT NULL DEFAULT 0,
    added         INTEGER NOT NULL DEFAULT 0,
    changed       INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    retired       INTEGER NOT NULL DEFAULT 0,
    warnings      INTEGER NOT NULL DEFAULT 0,
    note          TEXT
);

CREATE TABLE subjects (
    row_id               INTEGER PRIMARY KEY,
    record_key           TEXT    NOT NULL,
    from_version         INTEGER NOT NULL,
    to_version           INTEGER,
    row_hash             INTEGER NOT NULL,
    retired              INTEGER NOT NULL DEFAULT 0,
    uscc                 TEXT,
    registration_number  TEXT,
    name                 TEXT    NOT NULL,
    subject_type         TEXT,
    industry             TEXT,
    region_code          TEXT    NOT NULL,
    address              TEXT,
    legal_representative TEXT,
    registration_status  TEXT,
    established_on       TEXT,
    risk_class           TEXT CHECK (risk_class IN ('A', 'B', 'C', 'D')),
    abnormal             INTEGER CHECK (abnormal IN (0, 1)),
    serious_violation    INTEGER CHECK (serious_violation IN (0, 1)),
    complaints           INTEGER,
    last_inspected_on    TEXT,
    tags                 TEXT
);

CREATE TABLE inspectors (
    row_id                  INTEGER PRIMARY KEY,
    record_key              TEXT    NOT NULL,
    from_version            INTEGER NOT NULL,
    to_version              INTEGER,
    row_hash                INTEGER NOT NULL,
    retired                 INTEGER NOT NULL DEFAULT 0,
    certificate_no          TEXT    NOT NULL,
    name                    TEXT    NOT NULL,
    department              TEXT    NOT NULL,
    work_unit               TEXT,
    region_code             TEXT,
    certificate_valid_until TEXT    NOT NULL,
    specialties             TEXT,
    duty_status             TEXT    NOT NULL CHECK (duty_status IN ('在岗', '离岗')),
    conflicts               TEXT
);

CREATE TABLE items (
    row_id                INTEGER PRIMARY KEY,
    record_key            TEXT    NOT NULL,
    from_version          INTEGER NOT NULL,
    to_version            INTEGER,
    row_hash              INTEGER NOT NULL,
    retired               INTEGER NOT NULL DEFAULT 0,
    item_code             TEXT    NOT NULL,
    name                  TEXT    NOT NULL,
    sub_item              TEXT,
    legal_basis           TEXT    NOT NULL,
    department            TEXT    NOT NULL,
    target                TEXT,
    ratio                 TEXT,
    frequency             TEXT,
    method                TEXT,
    inspector_requirement TEXT,
    remarks               TEXT
);

CREATE TABLE departments (
    row_id       INTEGER PRIMARY KEY,
    record_key   TEXT    NOT NULL,
    from_version INTEGER NOT NULL,
    to_version   INTEGER,
    row_hash     INTEGER NOT NULL,
    retired      INTEGER NOT NULL DEFAULT 0,
    name         TEXT    NOT NULL,
    short_name   TEXT,
    region_code  TEXT,
    remarks      TEXT
);

-- One current row per key. History rows are found through the version columns (a scan); an index
-- for them would slow every import for a query nobody makes often.
CREATE UNIQUE INDEX subjects_current ON subjects (record_key) WHERE to_version IS NULL;
CREATE UNIQUE INDEX inspectors_current ON inspectors (record_key) WHERE to_version IS NULL;
CREATE UNIQUE INDEX items_current ON items (record_key) WHERE to_version IS NULL;
CREATE UNIQUE INDEX departments_current ON departments (record_key) WHERE to_version IS NULL;
