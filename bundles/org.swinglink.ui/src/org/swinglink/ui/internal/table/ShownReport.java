package org.swinglink.ui.internal.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a view shows, saved for a coach: its table as CSV (the cells as shown, in the order shown)
 * or the view as one PNG picture (table and charts as they are on the screen).
 */
public final class ShownReport {
    private ShownReport() {
    }

    /** Asks where to save, then saves as the chosen file's ending says (.png, otherwise CSV); false when cancelled. */
    public static boolean saveAsked(Shell shell, String suggestedName, Table table, Control view) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save what the view shows");
        dialog.setFilterNames(new String[] { "CSV (the table)", "PNG picture (table and charts)" });
        dialog.setFilterExtensions(new String[] { "*.csv", "*.png" });
        dialog.setFileName(suggestedName + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path file = Path.of(chosen);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                savePicture(view, file);
            } else {
                saveTable(table, file);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
            box.setText("Cannot save");
            box.setMessage("Cannot write " + file + ": " + e.getMessage());
            box.open();
            return false;
        }
    }

    /** The table's header and every row (a virtual table fills each on the way), as CSV. */
    public static void saveTable(Table table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            int[] order = table.getColumnOrder();
            List<String> header = new ArrayList<>();
            for (int column : order) {
                header.add(table.getColumn(column).getText());
            }
            csv.printRecord(header);
            for (int row = 0; row < table.getItemCount(); row++) {
                TableItem item = table.getItem(row);
                List<String> cells = new ArrayList<>();
                for (int column : order) {
                    cells.add(item.getText(column));
                }
                csv.printRecord(cells);
            }
        }
    }

    /** The control as painted now, as a PNG picture of its size. */
    public static void savePicture(Control view, Path file) throws IOException {
        Point size = view.getSize();
        Image image = new Image(view.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            GC gc = new GC(image);
            try {
                view.print(gc);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            try (var out = Files.newOutputStream(file)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } finally {
            image.dispose();
        }
    }
}
