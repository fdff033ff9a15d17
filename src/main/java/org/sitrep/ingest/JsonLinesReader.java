package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Json;
import org.sitrep.model.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * JSON Lines, one article object a line (url, title, published, text or html); a file holding one JSON array of
 * such objects is read too. Each object becomes one RECORD document.
 */
final class JsonLinesReader implements RawReader {

    @Override
    public void read(Payload payload, InputStream in, RawSink sink) throws IOException, InputException {
        PushbackInputStream pin = new PushbackInputStream(in, 1);
        int first;
        do {
            first = pin.read();
        } while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB || first == 0xBF);
        if (first < 0) {
            throw new InputException("empty input");
        }
        pin.unread(first);
        if (first == '[') {
            readArray(payload, pin, sink);
        } else {
            readLines(payload, pin, sink);
        }
    }

    private static void readLines(Payload payload, InputStream in, RawSink sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String where = payload.name() + "#line=" + lineNo;
            JsonNode node;
            try {
                node = Json.mapper().readTree(line);
            } catch (IOException e) {
                sink.fail(where, "invalid JSON: " + firstLine(e.getMessage()));
                continue;
            }
            emit(payload, where, node, sink);
        }
    }

    private static void readArray(Payload payload, InputStream in, RawSink sink) throws IOException, InputException {
        try (JsonParser parser = Json.mapper().createParser(in)) {
            parser.nextToken(); // [
            long index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                index++;
                emit(payload, payload.name() + "#item=" + index, Json.mapper().readTree(parser), sink);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException("invalid JSON: " + firstLine(e.getOriginalMessage()), e);
        }
    }

    private static void emit(Payload payload, String where, JsonNode node, RawSink sink) throws IOException {
        if (!node.isObject()) {
            sink.fail(where, "not a JSON object");
            return;
        }
        byte[] content = Json.mapper().writeValueAsBytes(node);
        sink.accept(RawDocument.of(where, DocumentFormat.RECORD, Instant.now(), payload.hints(), content));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
