-- Facts found in articles, each with its evidence (article id and character offsets into the article text).

-- One row per analysed article: the reference date its time expressions were resolved against.
CREATE TABLE analysis (
    article_id        VARCHAR(16) PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    reference_date    DATE,
    reference_source  VARCHAR(32) NOT NULL,
    tokens            INT NOT NULL,
    analyzed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Canonical entities across the store. person_key lets a new spelling of a known person find it.
CREATE TABLE entity (
    id          VARCHAR(256) PRIMARY KEY,
    name        VARCHAR(512) NOT NULL,
    type        VARCHAR(16)  NOT NULL,
    person_key  VARCHAR(128)
);
CREATE INDEX entity_person_key ON entity(person_key);

CREATE TABLE mention (
    article_id  VARCHAR(16)  NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id   VARCHAR(256) NOT NULL REFERENCES entity(id),
    start_pos   INT NOT NULL,
    end_pos     INT NOT NULL,
    text        VARCHAR(512) NOT NULL,
    acts_for    VARCHAR(64),
    PRIMARY KEY (article_id, start_pos, end_pos)
);
CREATE INDEX mention_entity ON mention(entity_id);

CREATE TABLE entity_role (
    article_id  VARCHAR(16)  NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id   VARCHAR(256) NOT NULL REFERENCES entity(id),
    role        VARCHAR(512) NOT NULL,
    PRIMARY KEY (article_id, entity_id, role)
);

CREATE TABLE quote (
    article_id      VARCHAR(16) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_pos       INT NOT NULL,
    end_pos         INT NOT NULL,
    text            CHARACTER LARGE OBJECT NOT NULL,
    speaker         VARCHAR(512),
    speaker_entity  VARCHAR(256),
    speaker_text    VARCHAR(512),
    kind            VARCHAR(16) NOT NULL,
    PRIMARY KEY (article_id, start_pos)
);
CREATE INDEX quote_speaker_entity ON quote(speaker_entity);

CREATE TABLE time_expression (
    article_id  VARCHAR(16) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_pos   INT NOT NULL,
    end_pos     INT NOT NULL,
    text        VARCHAR(512) NOT NULL,
    type        VARCHAR(16),
    timex_value VARCHAR(64),
    PRIMARY KEY (article_id, start_pos)
);

CREATE TABLE quantity (
    article_id  VARCHAR(16) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_pos   INT NOT NULL,
    end_pos     INT NOT NULL,
    text        VARCHAR(512) NOT NULL,
    amount      DOUBLE PRECISION NOT NULL,
    unit        VARCHAR(64),
    subject     VARCHAR(512),
    PRIMARY KEY (article_id, start_pos)
);
