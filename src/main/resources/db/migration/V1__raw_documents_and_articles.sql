-- Every raw input, kept before anything is derived from it. The id is the SHA-256 of the content.
CREATE TABLE raw_document (
    id          VARCHAR(64)   PRIMARY KEY,
    source      VARCHAR(4096) NOT NULL,
    format      VARCHAR(16)   NOT NULL,
    fetched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    hints       CHARACTER LARGE OBJECT NOT NULL,
    content     BINARY LARGE OBJECT NOT NULL
);

CREATE SEQUENCE article_change;

-- Articles derived from raw documents; re-derived by `sitrep reprocess`.
-- change_seq grows with every insert or update, so the text index can catch up with what it has not seen.
CREATE TABLE article (
    id                  VARCHAR(16)  PRIMARY KEY,
    raw_id              VARCHAR(64)  NOT NULL UNIQUE REFERENCES raw_document(id),
    change_seq          BIGINT       NOT NULL,
    title               CHARACTER VARYING(4096),
    published           VARCHAR(40),
    published_day       DATE,
    updated             VARCHAR(40),
    author              VARCHAR(1024),
    site                VARCHAR(1024),
    publisher           VARCHAR(1024),
    url                 VARCHAR(4096),
    original_url        VARCHAR(4096),
    language            VARCHAR(8),
    original_language   VARCHAR(8),
    machine_translated  BOOLEAN,
    text                CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX article_change_seq ON article(change_seq);
CREATE INDEX article_published_day ON article(published_day);
