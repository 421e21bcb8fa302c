-- OpenConsultation JDBC store, MariaDB 10.6+ and MySQL 8+. Every table starts with ${prefix} (oc_ by default)
-- and carries consultation_id in its primary key, so the schema can be distributed by
-- consultation (Citus); oc_consultation itself is small and can be a reference table.
-- Identifiers are application-generated time-ordered UUIDs; participant ids are the host's own
-- strings, compared byte by byte (utf8mb4_bin); UUIDs are BINARY(16), instants DATETIME(6) in UTC.

CREATE TABLE ${prefix}consultation (
  consultation_id            BINARY(16)         NOT NULL,
  slug                       VARCHAR(255)        NOT NULL,
  title                      TEXT         NOT NULL,
  description                MEDIUMTEXT         NOT NULL,
  organiser                  varchar(200) NOT NULL,
  locale                     TEXT         NOT NULL,
  opens_at                   DATETIME(6)  NOT NULL,
  closes_at                  DATETIME(6)  NOT NULL,
  zone                       TEXT         NOT NULL,
  vote_mode                  varchar(32)  NOT NULL,
  support_limit              integer      NOT NULL,
  moderation_mode            varchar(32)  NOT NULL,
  auto_hide_threshold        integer      NOT NULL,
  features                   TEXT         NOT NULL,
  results_hidden_until_close BOOLEAN      NOT NULL,
  default_ranking_rule       TEXT         NOT NULL,
  grade_count                integer      NOT NULL,
  published_at               DATETIME(6)  NULL,
  closed_early_at            DATETIME(6)  NULL,
  close_reason               TEXT         NULL,
  results_published_at       DATETIME(6)  NULL,
  archived_at                DATETIME(6)  NULL,
  terms_version              TEXT         NOT NULL,
  created_at                 DATETIME(6)  NOT NULL,
  version                    bigint       NOT NULL,
  PRIMARY KEY (consultation_id),
  CONSTRAINT ${prefix}consultation_slug_uk UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}theme (
  consultation_id BINARY(16)    NOT NULL,
  theme_id        BINARY(16)    NOT NULL,
  title           TEXT    NOT NULL,
  description     MEDIUMTEXT    NOT NULL,
  position        integer NOT NULL,
  PRIMARY KEY (consultation_id, theme_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}news_item (
  consultation_id BINARY(16)         NOT NULL,
  news_item_id    BINARY(16)         NOT NULL,
  title           TEXT         NOT NULL,
  body            MEDIUMTEXT         NOT NULL,
  author          varchar(200) NOT NULL,
  published_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, news_item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}milestone (
  consultation_id BINARY(16)        NOT NULL,
  milestone_id    BINARY(16)        NOT NULL,
  label           TEXT        NOT NULL,
  description     MEDIUMTEXT        NOT NULL,
  milestone_date  date        NOT NULL,
  status          varchar(32) NOT NULL,
  PRIMARY KEY (consultation_id, milestone_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}participant (
  consultation_id BINARY(16)         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  display_name    TEXT         NOT NULL,
  kind            varchar(32)  NOT NULL,
  territory       TEXT         NULL,
  terms_version   TEXT         NOT NULL,
  registered_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, participant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}participant_registered_ix
  ON ${prefix}participant (consultation_id, registered_at, participant_id);

CREATE TABLE ${prefix}reference_counter (
  consultation_id BINARY(16)   NOT NULL,
  last_number     bigint NOT NULL,
  PRIMARY KEY (consultation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}contribution (
  consultation_id    BINARY(16)         NOT NULL,
  contribution_id    BINARY(16)         NOT NULL,
  reference_number   bigint       NOT NULL,
  theme_id           BINARY(16)         NOT NULL,
  author             varchar(200) NOT NULL,
  kind               varchar(32)  NOT NULL,
  on_behalf_of       TEXT         NULL,
  workshop_id        BINARY(16)         NULL,
  attendee_count     integer      NULL,
  organisation       TEXT         NULL,
  title              TEXT         NOT NULL,
  body               MEDIUMTEXT         NOT NULL,
  territory          TEXT         NULL,
  latitude           DOUBLE NULL,
  longitude          DOUBLE NULL,
  status             varchar(32)  NOT NULL,
  revision           integer      NOT NULL,
  submitted_at       DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, contribution_id),
  CONSTRAINT ${prefix}contribution_reference_uk UNIQUE (consultation_id, reference_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}revision (
  consultation_id BINARY(16)         NOT NULL,
  contribution_id BINARY(16)         NOT NULL,
  number          integer      NOT NULL,
  title           TEXT         NOT NULL,
  body            MEDIUMTEXT         NOT NULL,
  editor          varchar(200) NOT NULL,
  note            TEXT         NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, contribution_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}workshop (
  consultation_id BINARY(16)             NOT NULL,
  workshop_id     BINARY(16)             NOT NULL,
  title           TEXT             NOT NULL,
  description     MEDIUMTEXT             NOT NULL,
  held_at         DATETIME(6)      NOT NULL,
  held_zone       TEXT             NOT NULL,
  place_name      TEXT             NOT NULL,
  place_address   TEXT             NOT NULL,
  place_territory TEXT             NOT NULL,
  place_latitude  DOUBLE NOT NULL,
  place_longitude DOUBLE NOT NULL,
  place_zone      TEXT             NOT NULL,
  organiser       varchar(200)     NOT NULL,
  attendee_count  integer          NOT NULL,
  created_at      DATETIME(6)      NOT NULL,
  PRIMARY KEY (consultation_id, workshop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}workshop_facilitator (
  consultation_id BINARY(16)         NOT NULL,
  workshop_id     BINARY(16)         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  PRIMARY KEY (consultation_id, workshop_id, participant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}workshop_theme (
  consultation_id BINARY(16)    NOT NULL,
  workshop_id     BINARY(16)    NOT NULL,
  position        integer NOT NULL,
  theme_id        BINARY(16)    NOT NULL,
  PRIMARY KEY (consultation_id, workshop_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}comment (
  consultation_id BINARY(16)         NOT NULL,
  comment_id      BINARY(16)         NOT NULL,
  contribution_id BINARY(16)         NOT NULL,
  parent_id       BINARY(16)         NULL,
  author          varchar(200) NOT NULL,
  body            MEDIUMTEXT         NOT NULL,
  stance          varchar(32)  NULL,
  status          varchar(32)  NOT NULL,
  posted_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, comment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}comment_contribution_ix
  ON ${prefix}comment (consultation_id, contribution_id, posted_at, comment_id);
CREATE INDEX ${prefix}comment_posted_ix
  ON ${prefix}comment (consultation_id, posted_at, comment_id);

-- One ballot per (consultation, contribution, participant): the unique ballot key.
CREATE TABLE ${prefix}ballot (
  consultation_id BINARY(16)         NOT NULL,
  contribution_id BINARY(16)         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  ballot_value    varchar(16)  NOT NULL,
  cast_at         DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, contribution_id, participant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}ballot_participant_ix
  ON ${prefix}ballot (consultation_id, participant_id);

-- Counters moved by single-statement increments in the ballot's transaction.
CREATE TABLE ${prefix}tally (
  consultation_id BINARY(16)   NOT NULL,
  contribution_id BINARY(16)   NOT NULL,
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
  PRIMARY KEY (consultation_id, contribution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Per participant, the ballots that count toward the support limit; its row is the lock that
-- keeps the limit under concurrency.
CREATE TABLE ${prefix}vote_quota (
  consultation_id BINARY(16)         NOT NULL,
  participant_id  varchar(200) NOT NULL,
  toward_limit    bigint       NOT NULL,
  PRIMARY KEY (consultation_id, participant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}flag (
  consultation_id BINARY(16)         NOT NULL,
  flag_id         BINARY(16)         NOT NULL,
  target_kind     varchar(16)  NOT NULL,
  target_id       BINARY(16)         NOT NULL,
  reporter        varchar(200) NOT NULL,
  reason          TEXT         NOT NULL,
  reported_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, flag_id),
  CONSTRAINT ${prefix}flag_reporter_uk UNIQUE (consultation_id, target_kind, target_id, reporter)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}flag_reported_ix ON ${prefix}flag (consultation_id, reported_at, flag_id);

CREATE TABLE ${prefix}decision (
  consultation_id BINARY(16)         NOT NULL,
  decision_id     BINARY(16)         NOT NULL,
  target_kind     varchar(16)  NOT NULL,
  target_id       BINARY(16)         NOT NULL,
  action          varchar(16)  NOT NULL,
  reason          TEXT         NOT NULL,
  moderator       varchar(200) NULL,
  decided_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (consultation_id, decision_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}decision_target_ix
  ON ${prefix}decision (consultation_id, target_kind, target_id, decided_at);
