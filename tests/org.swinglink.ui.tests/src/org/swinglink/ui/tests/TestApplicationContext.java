package org.swinglink.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** What the application container would hand E4Application: the command line, no branding. */
final class TestApplicationContext implements IApplicationContext {
    private final String[] arguments;

    TestApplicationContext(String... arguments) {
        this.arguments = arguments.clone();
    }

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(APPLICATION_ARGS, arguments.clone());
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        return null;
    }

    @Override
    public String getBrandingName() {
        return null;
    }

    @Override
    public String getBrandingDescription() {
        return null;
    }

    @Override
    public String getBrandingId() {
        return null;
    }

    @Override
    public String getBrandingProperty(String key) {
        return null;
    }

    @Override
    public Bundle getBrandingBundle() {
        return null;
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the tests read the workbench, not an exit code
    }
}
