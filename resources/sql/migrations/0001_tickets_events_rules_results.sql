-- Duban on PostgreSQL, schema version 1 (DOMAIN.md sections 2, 3, 5, 6).
-- Applied once by the migration runner (src-main/server-db/migrate.ts), which records it in
-- duban_migrations. Migrations are append-only: a change to the schema is a new file 0002_….
--
-- Conventions: an empty text or enum cell is '' (never NULL), exactly as the in-memory engine
-- holds it; an empty datetime or count is NULL. Datetimes are timestamptz (the file's local
-- times are Asia/Shanghai, UTC+8, converted by the importer). Columns marked "derived" hold
-- DOMAIN.md section 4 normalizations computed by Duban's importer at load time, so SQL groups
-- by exactly the keys the desktop engine uses and never re-implements the normalization.

-- Every ticket id once, whatever its month: uniqueness of 工单编号 across partitions, the
-- partition a ticket lives in, and the hash that tells a changed row from an unchanged one.
CREATE TABLE ticket_ids (
  id          text PRIMARY KEY,
  accepted_at timestamptz NOT NULL,
  row_hash    text NOT NULL
);

-- 工单 (DOMAIN.md section 2), partitioned by month of acceptedAt (local month, UTC+8). The
-- loader creates a month's partition when the first ticket of that month arrives
-- (tickets_YYYY_MM, FOR VALUES FROM local midnight of the 1st TO the next month's).
CREATE TABLE tickets (
  id            text NOT NULL,
  accepted_at   timestamptz NOT NULL,
  channel       text NOT NULL DEFAULT '',
  kind          text NOT NULL DEFAULT '' CHECK (kind IN ('', '咨询', '求助', '投诉', '举报', '建议', '表扬', '其他')),
  category      text NOT NULL DEFAULT '',
  content       text NOT NULL DEFAULT '',
  district      text NOT NULL DEFAULT '',
  street        text NOT NULL DEFAULT '',
  address       text NOT NULL DEFAULT '',
  caller_name   text NOT NULL DEFAULT '',
  caller_phone  text NOT NULL DEFAULT '',
  urgency       text NOT NULL DEFAULT '' CHECK (urgency IN ('', '一般', '紧急', '特急')),
  unit          text NOT NULL DEFAULT '',
  unit_type     text NOT NULL DEFAULT '' CHECK (unit_type IN ('', '区', '街乡镇', '市级部门', '国有企业', '其他')),
  dispatched_at timestamptz,
  due_at        timestamptz,
  status        text NOT NULL DEFAULT '' CHECK (status IN ('', '待派单', '待签收', '办理中', '延期中', '已办结', '已退单', '重办中', '已撤销')),
  closed_at     timestamptz,
  reply         text NOT NULL DEFAULT '',
  surveyed_at   timestamptz,
  responded     text NOT NULL DEFAULT '' CHECK (responded IN ('', '是', '否')),
  resolved      text NOT NULL DEFAULT '' CHECK (resolved IN ('', '已解决', '未解决')),
  satisfaction  text NOT NULL DEFAULT '' CHECK (satisfaction IN ('', '满意', '基本满意', '不满意')),
  exempted      text NOT NULL DEFAULT '' CHECK (exempted IN ('', '是', '否')),
  reject_count  integer CHECK (reject_count >= 0),
  reopen_count  integer CHECK (reopen_count >= 0),
  -- Columns of the file that DOMAIN.md does not define, by header as written (empty ones dropped).
  extra         jsonb NOT NULL DEFAULT '{}',
  -- derived (DOMAIN.md section 4): the category path canonical (segments trimmed, joined by /)
  -- and its levels 1–3, the address and phone keys, the normalized content (NFKC, no white space)
  category_path text NOT NULL DEFAULT '',
  category1     text NOT NULL DEFAULT '',
  category2     text NOT NULL DEFAULT '',
  category3     text NOT NULL DEFAULT '',
  content_norm  text NOT NULL DEFAULT '',
  address_key   text NOT NULL DEFAULT '',
  phone_key     text NOT NULL DEFAULT '',
  -- local month of accepted_at as a month index: (year − 1970) × 12 + (month − 1)
  month         integer NOT NULL,
  load_id       bigint NOT NULL,
  PRIMARY KEY (id, accepted_at)
) PARTITION BY RANGE (accepted_at);

-- Scans by period and grouping read whole partitions (few indexes keep bulk loads fast); these
-- serve the look-ups: recurrence (same address key and category level 2, accepted within days
-- after a closing) and long-overdue open tickets.
CREATE INDEX tickets_address_cat2 ON tickets (address_key, category2, accepted_at) WHERE address_key <> '';
CREATE INDEX tickets_open_due ON tickets (due_at) WHERE closed_at IS NULL;

-- What a re-import replaced (DOMAIN.md section 2: the previous status, resolved, satisfaction, exempted).
CREATE TABLE ticket_history (
  ticket       text NOT NULL,
  at           timestamptz NOT NULL,
  load_id      bigint NOT NULL,
  status       text NOT NULL,
  resolved     text NOT NULL,
  satisfaction text NOT NULL,
  exempted     text NOT NULL
);
CREATE INDEX ticket_history_ticket ON ticket_history (ticket, at);

-- 流转记录 (DOMAIN.md section 3). One row per distinct event (event_key = SHA-256 of
-- ticket, at, action, unit, target, note, as the desktop store identifies events), so loading
-- the same event file twice adds nothing. Events of a ticket are ordered by at, then file order
-- (load_id, seq).
CREATE TABLE flow_events (
  event_key text PRIMARY KEY,
  ticket    text NOT NULL,
  at        timestamptz NOT NULL,
  action    text NOT NULL CHECK (action IN ('派单', '签收', '退单', '改派', '延期', '办结', '回访', '重办', '督办', '催办')),
  unit      text NOT NULL DEFAULT '',
  target    text NOT NULL DEFAULT '',
  note      text NOT NULL DEFAULT '',
  load_id   bigint NOT NULL,
  seq       integer NOT NULL
);
CREATE INDEX flow_events_ticket ON flow_events (ticket, at, load_id, seq);

-- Per ticket with events, what DOMAIN.md section 3 derives from them: the number of 退单 and 重办
-- events and whether the dispatch sequence (targets of 派单 and 改派 in order) returns to a unit
-- after another held it (A → B → A). Kept current by the loader in the same transaction as the
-- events (src-core/assess/sql/ticket-source.ts), so queries never aggregate all events.
CREATE TABLE ticket_flow (
  ticket    text PRIMARY KEY,
  rejects   integer NOT NULL,
  reopens   integer NOT NULL,
  ping_pong boolean NOT NULL
);

-- One run of `load`: the file, its SHA-256 and the row accounting once finished (sha256 '' and
-- finished_at, report NULL while it runs or when it was cut short), and each committed batch
-- (a batch is merged in one transaction: it is there whole or not at all).
CREATE TABLE loads (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('tickets', 'events')),
  file_name   text NOT NULL,
  sha256      text NOT NULL DEFAULT '',
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  report      jsonb
);

CREATE TABLE load_batches (
  load_id      bigint NOT NULL REFERENCES loads (id),
  batch        integer NOT NULL,
  rows         integer NOT NULL,
  inserted     integer NOT NULL,
  updated      integer NOT NULL,
  unchanged    integer NOT NULL,
  committed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (load_id, batch)
);

-- Rule sets as data (assessment: src-core/assess/rules.ts; chronic: src-core/chronic/rule-set.ts).
-- A version never changes once stored; sha256 is of the canonical JSON of body.
CREATE TABLE rule_sets (
  kind       text NOT NULL CHECK (kind IN ('assess', 'chronic')),
  id         text NOT NULL,
  version    integer NOT NULL CHECK (version >= 1),
  sha256     text NOT NULL,
  body       jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id, version)
);

-- Results a command computed on the server, kept when asked (--save): the command, the rule
-- set it ran under, its parameters and its JSON output as printed.
CREATE TABLE results (
  id               bigserial PRIMARY KEY,
  command          text NOT NULL,
  rule_set_kind    text,
  rule_set_id      text,
  rule_set_version integer,
  params           jsonb NOT NULL,
  output           jsonb NOT NULL,
  computed_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (rule_set_kind, rule_set_id, rule_set_version) REFERENCES rule_sets (kind, id, version)
);
CREATE INDEX results_command ON results (command, computed_at);
