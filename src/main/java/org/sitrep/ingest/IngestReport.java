package org.sitrep.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param added     documents stored for the first time ("new")
 * @param duplicate documents already stored
 * @param failed    inputs or records that could not be read or stored
 * @param errors    one entry per failure: the input (and record or line) and the reason
 */
@JsonPropertyOrder({"new", "duplicate", "failed", "errors"})
public record IngestReport(@JsonProperty("new") long added, long duplicate, long failed, List<Failure> errors) {

    public record Failure(String input, String reason) {
    }

    public IngestReport {
        errors = List.copyOf(errors);
    }
}
