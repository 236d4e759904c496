package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.swinglink.ui.SwingLinkUi;

/** What a user does with the mouse, done from the test thread on a {@link RunningWorkbench}. */
final class Driving {
    private Driving() {
    }

    static MPart showPart(RunningWorkbench workbench, String id) {
        return workbench.sync(() -> {
            MWindow window = workbench.application().getChildren().get(0);
            MPart part = window.getContext().get(EPartService.class).showPart(id, PartState.ACTIVATE);
            assertNotNull(part, id);
            return part;
        });
    }

    /** The open shell (a dialog) tagged {@code id}, waiting until it is there. */
    static Shell awaitShell(RunningWorkbench workbench, String id, long timeoutMillis) {
        workbench.waitUntil("the shell " + id, timeoutMillis, () -> shell(workbench, id) != null);
        return workbench.sync(() -> shell(workbench, id));
    }

    static Shell shell(RunningWorkbench workbench, String id) {
        return List.of(workbench.display().getShells()).stream()
                .filter(shell -> !shell.isDisposed() && Objects.equals(id, shell.getData(SwingLinkUi.WIDGET_ID)))
                .findFirst().orElse(null);
    }

    /** The visible shell with that title (a wizard or dialog), waiting until it is there. */
    static Shell awaitShellTitled(RunningWorkbench workbench, String title, long timeoutMillis) {
        workbench.waitUntil("the " + title + " window", timeoutMillis, () -> shellTitled(workbench, title) != null);
        return workbench.sync(() -> shellTitled(workbench, title));
    }

    private static Shell shellTitled(RunningWorkbench workbench, String title) {
        return List.of(workbench.display().getShells()).stream()
                .filter(shell -> !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText()))
                .findFirst().orElse(null);
    }

    /** The button labelled {@code label} (mnemonics and arrows ignored); call on the UI thread. */
    static Button button(Shell shell, String label) {
        return Widgets.all(shell, Button.class).stream()
                .filter(b -> b.getText().replace("&", "").replace(">", "").replace("<", "").strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    /** Presses an enabled button as a click would. */
    static void press(RunningWorkbench workbench, Shell shell, String label) {
        workbench.syncRun(() -> {
            Button button = button(shell, label);
            assertTrue(button.isEnabled(), label + " is enabled");
            click(button);
        });
    }

    /** Lets GTK paint what changed (it draws on its frame clock, after the events) before a screenshot. */
    static void settle(RunningWorkbench workbench) {
        for (int i = 0; i < 5; i++) {
            workbench.syncRun(() -> {
                while (workbench.display().readAndDispatch()) {
                    // drain
                }
            });
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A click as the widget's listeners see it; call on the UI thread. */
    static void click(Widget widget) {
        widget.notifyListeners(SWT.Selection, new Event());
    }
}
