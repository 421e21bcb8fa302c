-- OpenConsultation JDBC store, PostgreSQL. Every table starts with ${prefix} (oc_ by default)
-- and carries consultation_id in its primary key, so the schema can be distributed by
-- consultation (Citus); oc_consultation itself is small and can be a reference table.
-- Identifiers are application-generated time-ordered UUIDs; participant ids are the host's own
-- strings, compared byte by byte (COLLATE "C"); instants are stored to the microsecond.

CREATE TABLE ${prefix}consultation (
  consultation_id            uuid         NOT NULL,
  slug                       text         NOT NULL,
  title                      text         NOT NULL,
  description                text         NOT NULL,
  organiser                  varchar(200) COLLATE "C" NOT NULL,
  locale                     text         NOT NULL,
  opens_at                   timestamptz  NOT NULL,
  closes_at                  timestamptz  NOT NULL,
  zone                       text         NOT NULL,
  vote_mode                  varchar(32)  NOT NULL,
  support_limit              integer      NOT NULL,
  moderation_mode            varchar(32)  NOT NULL,
  auto_hide_threshold        integer      NOT NULL,
  features                   text         NOT NULL,
  results_hidden_until_close boolean      NOT NULL,
  default_ranking_rule       text         NOT NULL,
  grade_count                integer      NOT NULL,
  published_at               timestamptz  NULL,
  closed_early_at            timestamptz  NULL,
  close_reason               text         NULL,
  results_published_at       timestamptz  NULL,
  archived_at                timestamptz  NULL,
  terms_version              text         NOT NULL,
  created_at                 timestamptz  NOT NULL,
  version                    bigint       NOT NULL,
  CONSTRAINT ${prefix}consultation_pk PRIMARY KEY (consultation_id),
  CONSTRAINT ${prefix}consultation_slug_uk UNIQUE (slug)
);

CREATE TABLE ${prefix}theme (
  consultation_id uuid    NOT NULL,
  theme_id        uuid    NOT NULL,
  title           text    NOT NULL,
  description     text    NOT NULL,
  position        integer NOT NULL,
  CONSTRAINT ${prefix}theme_pk PRIMARY KEY (consultation_id, theme_id)
);

CREATE TABLE ${prefix}news_item (
  consultation_id uuid         NOT NULL,
  news_item_id    uuid         NOT NULL,
  title           text         NOT NULL,
  body            text         NOT NULL,
  author          varchar(200) COLLATE "C" NOT NULL,
  published_at    timestamptz  NOT NULL,
  CONSTRAINT ${prefix}news_item_pk PRIMARY KEY (consultation_id, news_item_id)
);

CREATE TABLE ${prefix}milestone (
  consultation_id uuid        NOT NULL,
  milestone_id    uuid        NOT NULL,
  label           text        NOT NULL,
  description     text        NOT NULL,
  milestone_date  date        NOT NULL,
  status          varchar(32) NOT NULL,
  CONSTRAINT ${prefix}milestone_pk PRIMARY KEY (consultation_id, milestone_id)
);

CREATE TABLE ${prefix}participant (
  consultation_id uuid         NOT NULL,
  participant_id  varchar(200) COLLATE "C" NOT NULL,
  display_name    text         NOT NULL,
  kind            varchar(32)  NOT NULL,
  territory       text         NULL,
  terms_version   text         NOT NULL,
  registered_at   timestamptz  NOT NULL,
  CONSTRAINT ${prefix}participant_pk PRIMARY KEY (consultation_id, participant_id)
);
CREATE INDEX ${prefix}participant_registered_ix
  ON ${prefix}participant (consultation_id, registered_at, participant_id);

CREATE TABLE ${prefix}reference_counter (
  consultation_id uuid   NOT NULL,
  last_number     bigint NOT NULL,
  CONSTRAINT ${prefix}reference_counter_pk PRIMARY KEY (consultation_id)
);

CREATE TABLE ${prefix}contribution (
  consultation_id    uuid         NOT NULL,
  contribution_id    uuid         NOT NULL,
  reference_number   bigint       NOT NULL,
  theme_id           uuid         NOT NULL,
  author             varchar(200) COLLATE "C" NOT NULL,
  kind               varchar(32)  NOT NULL,
  on_behalf_of       text         NULL,
  workshop_id        uuid         NULL,
  attendee_count     integer      NULL,
  organisation       text         NULL,
  title              text         NOT NULL,
  body               text         NOT NULL,
  territory          text         NULL,
  latitude           double precision NULL,
  longitude          double precision NULL,
  status             varchar(32)  NOT NULL,
  revision           integer      NOT NULL,
  submitted_at       timestamptz  NOT NULL,
  updated_at         timestamptz  NOT NULL,
  CONSTRAINT ${prefix}contribution_pk PRIMARY KEY (consultation_id, contribution_id),
  CONSTRAINT ${prefix}contribution_reference_uk UNIQUE (consultation_id, reference_number)
);

CREATE TABLE ${prefix}revision (
  consultation_id uuid         NOT NULL,
  contribution_id uuid         NOT NULL,
  number          integer      NOT NULL,
  title           text         NOT NULL,
  body            text         NOT NULL,
  editor          varchar(200) COLLATE "C" NOT NULL,
  note            text         NOT NULL,
  created_at      timestamptz  NOT NULL,
  CONSTRAINT ${prefix}revision_pk PRIMARY KEY (consultation_id, contribution_id, number)
);

CREATE TABLE ${prefix}workshop (
  consultation_id uuid             NOT NULL,
  workshop_id     uuid             NOT NULL,
  title           text             NOT NULL,
  description     text             NOT NULL,
  held_at         timestamptz      NOT NULL,
  held_zone       text             NOT NULL,
  place_name      text             NOT NULL,
  place_address   text             NOT NULL,
  place_territory text             NOT NULL,
  place_latitude  double precision NOT NULL,
  place_longitude double precision NOT NULL,
  place_zone      text             NOT NULL,
  organiser       varchar(200)     COLLATE "C" NOT NULL,
  attendee_count  integer          NOT NULL,
  created_at      timestamptz      NOT NULL,
  CONSTRAINT ${prefix}workshop_pk PRIMARY KEY (consultation_id, workshop_id)
);

CREATE TABLE ${prefix}workshop_facilitator (
  consultation_id uuid         NOT NULL,
  workshop_id     uuid         NOT NULL,
  participant_id  varchar(200) COLLATE "C" NOT NULL,
  CONSTRAINT ${prefix}workshop_facilitator_pk
    PRIMARY KEY (consultation_id, workshop_id, participant_id)
);

CREATE TABLE ${prefix}workshop_theme (
  consultation_id uuid    NOT NULL,
  workshop_id     uuid    NOT NULL,
  position        integer NOT NULL,
  theme_id        uuid    NOT NULL,
  CONSTRAINT ${prefix}workshop_theme_pk PRIMARY KEY (consultation_id, workshop_id, position)
);

CREATE TABLE ${prefix}comment (
  consultation_id uuid         NOT NULL,
  comment_id      uuid         NOT NULL,
  contribution_id uuid         NOT NULL,
  parent_id       uuid         NULL,
  author          varchar(200) COLLATE "C" NOT NULL,
  body            text         NOT NULL,
  stance          varchar(32)  NULL,
  status          varchar(32)  NOT NULL,
  posted_at       timestamptz  NOT NULL,
  CONSTRAINT ${prefix}comment_pk PRIMARY KEY (consultation_id, comment_id)
);
CREATE INDEX ${prefix}comment_contribution_ix
  ON ${prefix}comment (consultation_id, contribution_id, posted_at, comment_id);
CREATE INDEX ${prefix}comment_posted_ix
  ON ${prefix}comment (consultation_id, posted_at, comment_id);

-- One ballot per (consultation, contribution, participant): the unique ballot key.
CREATE TABLE ${prefix}ballot (
  consultation_id uuid         NOT NULL,
  contribution_id uuid         NOT NULL,
  participant_id  varchar(200) COLLATE "C" NOT NULL,
  ballot_value    varchar(16)  NOT NULL,
  cast_at         timestamptz  NOT NULL,
  updated_at      timestamptz  NOT NULL,
  CONSTRAINT ${prefix}ballot_pk PRIMARY KEY (consultation_id, contribution_id, participant_id)
);
CREATE INDEX ${prefix}ballot_participant_ix
  ON ${prefix}ballot (consultation_id, participant_id);

-- Counters moved by single-statement increments in the ballot's transaction.
CREATE TABLE ${prefix}tally (
  consultation_id uuid   NOT NULL,
  contribution_id uuid   NOT NULL,
  supports        bigint NOT NULL,
  oppositions     bigint NOT NULL,
  neutrals        bigint NOT NULL,
  grade_0         bigint NOT NULL,
  grade_1         bigint NOT NULL,
  grade_2         bigint NOT NULL,
  grade_3         bigint NOT NULL,
  grade_4         bigint NOT NULL,
  grade_5         bigint NOT NULL,
  grade_6         bigint NOT NULL,
  grade_7         bigint NOT NULL,
  grade_8         bigint NOT NULL,
  grade_9         bigint NOT NULL,
  CONSTRAINT ${prefix}tally_pk PRIMARY KEY (consultation_id, contribution_id)
);

-- Per participant, the ballots that count toward the support limit; its row is the lock that
-- keeps the limit under concurrency.
CREATE TABLE ${prefix}vote_quota (
  consultation_id uuid         NOT NULL,
  participant_id  varchar(200) COLLATE "C" NOT NULL,
  toward_limit    bigint       NOT NULL,
  CONSTRAINT ${prefix}vote_quota_pk PRIMARY KEY (consultation_id, participant_id)
);

CREATE TABLE ${prefix}flag (
  consultation_id uuid         NOT NULL,
  flag_id         uuid         NOT NULL,
  target_kind     varchar(16)  NOT NULL,
  target_id       uuid         NOT NULL,
  reporter        varchar(200) COLLATE "C" NOT NULL,
  reason          text         NOT NULL,
  reported_at     timestamptz  NOT NULL,
  CONSTRAINT ${prefix}flag_pk PRIMARY KEY (consultation_id, flag_id),
  CONSTRAINT ${prefix}flag_reporter_uk UNIQUE (consultation_id, target_kind, target_id, reporter)
);
CREATE INDEX ${prefix}flag_reported_ix ON ${prefix}flag (consultation_id, reported_at, flag_id);

CREATE TABLE ${prefix}decision (
  consultation_id uuid         NOT NULL,
  decision_id     uuid         NOT NULL,
  target_kind     varchar(16)  NOT NULL,
  target_id       uuid         NOT NULL,
  action          varchar(16)  NOT NULL,
  reason          text         NOT NULL,
  moderator       varchar(200) COLLATE "C" NULL,
  decided_at      timestamptz  NOT NULL,
  CONSTRAINT ${prefix}decision_pk PRIMARY KEY (consultation_id, decision_id)
);
CREATE INDEX ${prefix}decision_target_ix
  ON ${prefix}decision (consultation_id, target_kind, target_id, decided_at);
