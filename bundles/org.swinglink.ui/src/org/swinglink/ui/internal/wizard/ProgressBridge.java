package org.swinglink.ui.internal.wizard;

import org.eclipse.core.runtime.IProgressMonitor;
import org.swinglink.importer.ImportMonitor;

/**
 * Tells an {@link IProgressMonitor} how an import goes: a share of the work per file, a little more
 * with every batch stored, and passes the user's Cancel back to the import.
 */
final class ProgressBridge implements ImportMonitor {
    static final int UNITS_PER_FILE = 100;
    /** Batches of one file move the bar at most this far; the file's end does the rest. */
    private static final int BATCH_UNITS_PER_FILE = 90;

    private final IProgressMonitor monitor;
    private int files;
    private int unitsInFile;
    private int lastTotal;

    ProgressBridge(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void filesFound(int count) {
        files = count;
        monitor.beginTask("Importing " + count + (count == 1 ? " file" : " files"), Math.max(1, count) * UNITS_PER_FILE);
    }

    @Override
    public void fileStarted(String fileName, int index) {
        if (index > 0) {
            monitor.worked(UNITS_PER_FILE - unitsInFile); // the previous file is done
        }
        unitsInFile = 0;
        monitor.subTask("Reading " + fileName + " (" + (index + 1) + " of " + files + ")");
    }

    @Override
    public void recordsStored(int total) {
        if (total > lastTotal && unitsInFile < BATCH_UNITS_PER_FILE) {
            unitsInFile++;
            monitor.worked(1);
        }
        lastTotal = total;
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
