package org.swinglink.ui.internal.sources;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceListener;
import org.swinglink.dropins.SourceInventory;
import org.swinglink.dropins.SourceStatus;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The parsers SwingLink has, built in or dropped in, and every jar in the drop-ins folder that gives
 * none, with the reason. Follows the framework live: a jar dropped in or removed shows within a
 * second or two, without a restart.
 */
public class SourcesPart {
    /** A jar that is no bundle raises no framework event, so the folder is also looked at now and then. */
    private static final int RESCAN_MILLIS = 2000;

    static final List<Column<SourceStatus>> COLUMNS = List.of(
            Column.text("Source", 16, SourceStatus::id),
            Column.text("Name", 18, SourceStatus::name),
            Column.text("Records", 16, SourceStatus::kind),
            Column.text("Bundle", 34, SourceStatus::bundle),
            Column.text("Origin", 22, SourceStatus::origin),
            Column.text("State", 10, (SourceStatus s) -> s.state().label()),
            Column.text("Reason", 100, SourceStatus::reason));

    @Inject
    @Optional
    private SourceInventory inventory;

    @Inject
    private UISynchronize sync;

    private Label status;
    private LazyTable<SourceStatus> table;
    private final BundleContext context = FrameworkUtil.getBundle(SourcesPart.class).getBundleContext();
    private final BundleListener bundleChanged = event -> refreshSoon();
    private final ServiceListener serviceChanged = event -> refreshSoon();
    private List<SourceStatus> shown = List.of();

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        status.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.SOURCES_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new LazyTable<>(parent, COLUMNS);
        table.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.SOURCES_TABLE);
        context.addBundleListener(bundleChanged);
        context.addServiceListener(serviceChanged);
        refresh();
        scheduleRescan(parent);
    }

    @PreDestroy
    void dispose() {
        context.removeBundleListener(bundleChanged);
        context.removeServiceListener(serviceChanged);
    }

    private void scheduleRescan(Composite parent) {
        parent.getDisplay().timerExec(RESCAN_MILLIS, () -> {
            if (!parent.isDisposed()) {
                refresh();
                scheduleRescan(parent);
            }
        });
    }

    private void refreshSoon() {
        sync.asyncExec(this::refresh);
    }

    private void refresh() {
        if (table == null || table.table().isDisposed()) {
            return;
        }
        if (inventory == null) {
            status.setText("The importer is not running, so no sources are known.");
            return;
        }
        List<SourceStatus> statuses = inventory.statuses();
        if (!statuses.equals(shown)) {
            shown = statuses;
            table.show(statuses);
        }
        long usable = statuses.stream().filter(s -> s.state().usable()).count();
        long unusable = statuses.size() - usable;
        status.setText(usable + (usable == 1 ? " source" : " sources") + " ready"
                + (unusable == 0 ? "" : ", " + unusable + (unusable == 1 ? " drop-in" : " drop-ins") + " cannot be used")
                + inventory.dropinsFolder().map(folder -> ". Drop-ins folder: " + folder).orElse(""));
        status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
    }

    @Focus
    void focus() {
        table.table().setFocus();
    }
}
