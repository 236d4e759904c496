package com.example.swingtag.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;

/**
 * SwingTag bat-sensor exports: a {@code # SwingTag export} banner, then semicolon-separated rows with
 * UTC timestamps, speeds in km/h and time to impact in seconds. Registered as a SwingSource service by
 * Declarative Services (bnd writes the component description from this annotation).
 */
@Component(service = SwingSource.class)
public class SwingTagSource implements SwingSource {

    @Override
    public String id() {
        return "swingtag";
    }

    @Override
    public String displayName() {
        return "SwingTag";
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SENSOR_SWINGS;
    }

    @Override
    public int confidence(FileSample sample) {
        return SwingTagLayout.confidence(sample.lines());
    }

    @Override
    public void read(SourceFile file, ReadOptions options, RecordSink sink) throws SourceFormatException, IOException {
        try (BufferedReader reader = file.openReader()) {
            new SwingTagReader(file.name(), reader, sink).read();
        }
    }
}
