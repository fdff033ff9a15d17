package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Json;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV (or TSV) corpus with a header row: each row becomes one RECORD document, the row as a JSON object of
 * column name to value. Which column is the title, text, ... is decided at extraction (see RecordExtractor).
 */
final class CsvReader implements RawReader {

    @Override
    public void read(Payload payload, InputStream in, RawSink sink) throws IOException, InputException {
        boolean tsv = payload.name().toLowerCase(Locale.ROOT).matches(".*\\.tsv(\\.gz)?$");
        CSVFormat format = (tsv ? CSVFormat.TDF : CSVFormat.RFC4180).builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(new InputStreamReader(in, decoder)).setFormat(format).get();
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new InputException("cannot read the CSV header: " + e.getMessage(), e);
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            throw new InputException("no header row");
        }
        Iterator<CSVRecord> rows = parser.iterator();
        long row = 0;
        while (true) {
            CSVRecord record;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                record = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new InputException("malformed CSV after row " + row + " (line " + parser.getCurrentLineNumber()
                        + "): " + rootMessage(e) + "; the rest of the file was not read", e);
            }
            row = record.getRecordNumber();
            String where = payload.name() + "#row=" + row;
            if (record.size() != header.size()) {
                sink.fail(where, "malformed row: " + record.size() + " fields where the header has " + header.size());
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), record.get(i));
            }
            try {
                byte[] content = Json.mapper().writeValueAsBytes(fields);
                sink.accept(RawDocument.of(where, DocumentFormat.RECORD, Instant.now(), payload.hints(), content));
            } catch (JsonProcessingException e) {
                sink.fail(where, "cannot encode the row: " + e.getMessage());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
