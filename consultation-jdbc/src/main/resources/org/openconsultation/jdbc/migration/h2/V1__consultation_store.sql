-- OpenConsultation JDBC store, H2 2.x. Every table starts with ${prefix} (oc_ by default)
-- and carries consultation_id in its primary key, so the schema can be distributed by
-- consultation (Citus); oc_consultation itself is small and can be a reference table.
-- Identifiers are application-generated time-ordered UUIDs; participant ids are the host's own
-- strings, compared as Java strings; instants are stored in UTC to the microsecond.

CREATE TABLE ${prefix}consultation (
  consultation_id            UUID         NOT NULL,
  slug                       VARCHAR         NOT NULL,
  title                      VARCHAR         NOT NULL,
  description                VARCHAR         NOT NULL,
  organiser                  varchar(200) NOT NULL,
  locale                     VARCHAR         NOT NULL,
  opens_at                   TIMESTAMP(6)  NOT NULL,
  closes_at                  TIMESTAMP(6)  NOT NULL,
  zone                       VARCHAR         NOT NULL,
  vote_mode                  varchar(32)  NOT NULL,
  support_limit              integer      NOT NULL,
  moderation_mode            varchar(32)  NOT NULL,
  auto_hide_threshold        integer      NOT NULL,
  features                   VARCHAR         NOT NULL,
  results_hidden_until_close boolean      NOT NULL,
  default_ranking_rule       VARCHAR         NOT NULL,
  grade_count                integer      NOT NULL,
  published_at               TIMESTAMP(6)  NULL,
  closed_early_at            TIMESTAMP(6)  NULL,
  close_reason               VARCHAR         NULL,
  results_published_at       TIMESTAMP(6)  NULL,
  archived_at                TIMESTAMP(6)  NULL,
  terms_version              VARCHAR         NOT NULL,
  created_at                 TIMESTAMP(6)  NOT NULL,
  version                    bigint       NOT NULL,
  CONSTRAINT ${prefix}consultation_pk PRIMARY KEY (consultation_id),
  CONSTRAINT ${prefix}consultation_slug_uk UNIQUE (slug)
);

CREATE TABLE ${prefix}theme (
  consultation_id UUID    NOT NULL,
  theme_id        UUID    NOT NULL,
  title           VARCHAR    NOT NULL,
  description     VARCHAR    NOT NULL,
  position        integer NOT NULL,
  CONSTRAINT ${prefix}theme_pk PRIMARY KEY (consultation_id, theme_id)
);

CREATE TABLE ${prefix}news_item (
  consultation_id UUID         NOT NULL,
  news_item_id    UUID         NOT NULL,
  title           VARCHAR         NOT NULL,
  body            VARCHAR         NOT NULL,
  author          varchar(200) NOT NULL,
  published_at    TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}news_item_pk PRIMARY KEY (consultation_id, news_item_id)
);

CREATE TABLE ${prefix}milestone (
  consultation_id UUID        NOT NULL,
  milestone_id    UUID        NOT NULL,
  label           VARCHAR        NOT NULL,
  description     VARCHAR        NOT NULL,
  milestone_date  date        NOT NULL,
  status          varchar(32) NOT NULL,
  CONSTRAINT ${prefix}milestone_pk PRIMARY KEY (consultation_id, milestone_id)
);

CREATE TABLE ${prefix}participant (
  consultation_id UUID         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  display_name    VARCHAR         NOT NULL,
  kind            varchar(32)  NOT NULL,
  territory       VARCHAR         NULL,
  terms_version   VARCHAR         NOT NULL,
  registered_at   TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}participant_pk PRIMARY KEY (consultation_id, participant_id)
);
CREATE INDEX ${prefix}participant_registered_ix
  ON ${prefix}participant (consultation_id, registered_at, participant_id);

CREATE TABLE ${prefix}reference_counter (
  consultation_id UUID   NOT NULL,
  last_number     bigint NOT NULL,
  CONSTRAINT ${prefix}reference_counter_pk PRIMARY KEY (consultation_id)
);

CREATE TABLE ${prefix}contribution (
  consultation_id    UUID         NOT NULL,
  contribution_id    UUID         NOT NULL,
  reference_number   bigint       NOT NULL,
  theme_id           UUID         NOT NULL,
  author             varchar(200) NOT NULL,
  kind               varchar(32)  NOT NULL,
  on_behalf_of       VARCHAR         NULL,
  workshop_id        UUID         NULL,
  attendee_count     integer      NULL,
  organisation       VARCHAR         NULL,
  title              VARCHAR         NOT NULL,
  body               VARCHAR         NOT NULL,
  territory          VARCHAR         NULL,
  latitude           DOUBLE PRECISION NULL,
  longitude          DOUBLE PRECISION NULL,
  status             varchar(32)  NOT NULL,
  revision           integer      NOT NULL,
  submitted_at       TIMESTAMP(6)  NOT NULL,
  updated_at         TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}contribution_pk PRIMARY KEY (consultation_id, contribution_id),
  CONSTRAINT ${prefix}contribution_reference_uk UNIQUE (consultation_id, reference_number)
);

CREATE TABLE ${prefix}revision (
  consultation_id UUID         NOT NULL,
  contribution_id UUID         NOT NULL,
  number          integer      NOT NULL,
  title           VARCHAR         NOT NULL,
  body            VARCHAR         NOT NULL,
  editor          varchar(200) NOT NULL,
  note            VARCHAR         NOT NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}revision_pk PRIMARY KEY (consultation_id, contribution_id, number)
);

CREATE TABLE ${prefix}workshop (
  consultation_id UUID             NOT NULL,
  workshop_id     UUID             NOT NULL,
  title           VARCHAR             NOT NULL,
  description     VARCHAR             NOT NULL,
  held_at         TIMESTAMP(6)      NOT NULL,
  held_zone       VARCHAR             NOT NULL,
  place_name      VARCHAR             NOT NULL,
  place_address   VARCHAR             NOT NULL,
  place_territory VARCHAR             NOT NULL,
  place_latitude  DOUBLE PRECISION NOT NULL,
  place_longitude DOUBLE PRECISION NOT NULL,
  place_zone      VARCHAR             NOT NULL,
  organiser       varchar(200)     NOT NULL,
  attendee_count  integer          NOT NULL,
  created_at      TIMESTAMP(6)      NOT NULL,
  CONSTRAINT ${prefix}workshop_pk PRIMARY KEY (consultation_id, workshop_id)
);

CREATE TABLE ${prefix}workshop_facilitator (
  consultation_id UUID         NOT NULL,
  workshop_id     UUID         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  CONSTRAINT ${prefix}workshop_facilitator_pk
    PRIMARY KEY (consultation_id, workshop_id, participant_id)
);

CREATE TABLE ${prefix}workshop_theme (
  consultation_id UUID    NOT NULL,
  workshop_id     UUID    NOT NULL,
  position        integer NOT NULL,
  theme_id        UUID    NOT NULL,
  CONSTRAINT ${prefix}workshop_theme_pk PRIMARY KEY (consultation_id, workshop_id, position)
);

CREATE TABLE ${prefix}comment (
  consultation_id UUID         NOT NULL,
  comment_id      UUID         NOT NULL,
  contribution_id UUID         NOT NULL,
  parent_id       UUID         NULL,
  author          varchar(200) NOT NULL,
  body            VARCHAR         NOT NULL,
  stance          varchar(32)  NULL,
  status          varchar(32)  NOT NULL,
  posted_at       TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}comment_pk PRIMARY KEY (consultation_id, comment_id)
);
CREATE INDEX ${prefix}comment_contribution_ix
  ON ${prefix}comment (consultation_id, contribution_id, posted_at, comment_id);
CREATE INDEX ${prefix}comment_posted_ix
  ON ${prefix}comment (consultation_id, posted_at, comment_id);

-- One ballot per (consultation, contribution, participant): the unique ballot key.
CREATE TABLE ${prefix}ballot (
  consultation_id UUID         NOT NULL,
  contribution_id UUID         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  ballot_value    varchar(16)  NOT NULL,
  cast_at         TIMESTAMP(6)  NOT NULL,
  updated_at      TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}ballot_pk PRIMARY KEY (consultation_id, contribution_id, participant_id)
);
CREATE INDEX ${prefix}ballot_participant_ix
  ON ${prefix}ballot (consultation_id, participant_id);

-- Counters moved by single-statement increments in the ballot's transaction.
CREATE TABLE ${prefix}tally (
  consultation_id UUID   NOT NULL,
  contribution_id UUID   NOT NULL,
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
  consultation_id UUID         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  toward_limit    bigint       NOT NULL,
  CONSTRAINT ${prefix}vote_quota_pk PRIMARY KEY (consultation_id, participant_id)
);

CREATE TABLE ${prefix}flag (
  consultation_id UUID         NOT NULL,
  flag_id         UUID         NOT NULL,
  target_kind     varchar(16)  NOT NULL,
  target_id       UUID         NOT NULL,
  reporter        varchar(200) NOT NULL,
  reason          VARCHAR         NOT NULL,
  reported_at     TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}flag_pk PRIMARY KEY (consultation_id, flag_id),
  CONSTRAINT ${prefix}flag_reporter_uk UNIQUE (consultation_id, target_kind, target_id, reporter)
);
CREATE INDEX ${prefix}flag_reported_ix ON ${prefix}flag (consultation_id, reported_at, flag_id);

CREATE TABLE ${prefix}decision (
  consultation_id UUID         NOT NULL,
  decision_id     UUID         NOT NULL,
  target_kind     varchar(16)  NOT NULL,
  target_id       UUID         NOT NULL,
  action          varchar(16)  NOT NULL,
  reason          VARCHAR         NOT NULL,
  moderator       varchar(200) NULL,
  decided_at      TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ${prefix}decision_pk PRIMARY KEY (consultation_id, decision_id)
);
CREATE INDEX ${prefix}decision_target_ix
  ON ${prefix}decision (consultation_id, target_kind, target_id, decided_at);
