package org.swinglink.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Keys and clicks sent through the X server (SWT's {@link Display#post}), so GTK handles them as it
 * handles a user's: its own key bindings run (Ctrl+A, Enter on a tree view), unlike
 * {@code notifyListeners}, which only calls SWT's listeners.
 */
final class RealInput {
    /** Characters typed with Shift on a US keyboard, above the characters of the same keys. */
    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private static final String UNSHIFTED = "`1234567890-=[]\\;',./";

    private final RunningWorkbench workbench;

    RealInput(RunningWorkbench workbench) {
        this.workbench = workbench;
    }

    /** Brings the control's window to the front, puts the pointer over the control and focuses it. */
    void focus(Control control) {
        Point centre = workbench.sync(() -> {
            control.getShell().forceActive();
            control.setFocus();
            var area = control.getBounds();
            return control.getParent().toDisplay(area.x + area.width / 2, area.y + Math.min(area.height / 2, 40));
        });
        // Without a window manager X gives the keyboard to the window under the pointer.
        post(mouse(SWT.MouseMove, centre.x, centre.y, 0));
        settle();
        workbench.syncRun(control::setFocus);
        settle();
    }

    /** A left click at a point of the control (its own coordinates). */
    void click(Control control, int x, int y) {
        Point at = workbench.sync(() -> control.toDisplay(x, y));
        post(mouse(SWT.MouseMove, at.x, at.y, 0));
        post(mouse(SWT.MouseDown, at.x, at.y, 1));
        post(mouse(SWT.MouseUp, at.x, at.y, 1));
        settle();
    }

    /** Ctrl plus a letter, e.g. {@code ctrl('a')}. */
    void ctrl(char letter) {
        post(key(SWT.KeyDown, SWT.CTRL, '\0'));
        post(key(SWT.KeyDown, 0, letter));
        post(key(SWT.KeyUp, 0, letter));
        post(key(SWT.KeyUp, SWT.CTRL, '\0'));
        settle();
    }

    /** Ctrl and Shift plus a letter, e.g. {@code ctrlShift('z')} for Redo. */
    void ctrlShift(char letter) {
        post(key(SWT.KeyDown, SWT.CTRL, '\0'));
        post(key(SWT.KeyDown, SWT.SHIFT, '\0'));
        post(key(SWT.KeyDown, 0, letter));
        post(key(SWT.KeyUp, 0, letter));
        post(key(SWT.KeyUp, SWT.SHIFT, '\0'));
        post(key(SWT.KeyUp, SWT.CTRL, '\0'));
        settle();
    }

    /**
     * Types {@code text} key by key. The X server is told keys, not characters: a character on a
     * shifted key of the US layout Xvfb uses (capitals, {@code :}, {@code @}, {@code _}, ...) is typed
     * with Shift held, as a user types it.
     */
    void type(String text) {
        for (char c : text.toCharArray()) {
            int symbol = SHIFTED.indexOf(c);
            boolean shifted = Character.isUpperCase(c) || symbol >= 0;
            char key = symbol >= 0 ? UNSHIFTED.charAt(symbol) : Character.toLowerCase(c);
            if (shifted) {
                post(key(SWT.KeyDown, SWT.SHIFT, '\0'));
            }
            post(key(SWT.KeyDown, 0, key));
            post(key(SWT.KeyUp, 0, key));
            if (shifted) {
                post(key(SWT.KeyUp, SWT.SHIFT, '\0'));
            }
        }
        settle();
    }

    /** Return; as a key code, since SWT would turn the character alone into a Unicode key, not Return. */
    void enter() {
        post(key(SWT.KeyDown, SWT.CR, SWT.CR));
        post(key(SWT.KeyUp, SWT.CR, SWT.CR));
        settle();
    }

    private void post(Event event) {
        boolean posted = workbench.sync(() -> workbench.display().post(event));
        if (!posted) {
            throw new AssertionError("the X server refused a synthetic " + event);
        }
    }

    /** Lets the X server deliver what was posted and GTK dispatch it. */
    private void settle() {
        Driving.settle(workbench);
    }

    private static Event key(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    private static Event mouse(int type, int x, int y, int button) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = button;
        return event;
    }
}
