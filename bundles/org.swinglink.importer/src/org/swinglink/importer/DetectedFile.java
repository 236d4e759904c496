package org.swinglink.importer;

import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;

/** A file with the source that claimed it and how sure that source was (1-100). */
public record DetectedFile(SourceFile file, SwingSource source, int confidence) {
}
