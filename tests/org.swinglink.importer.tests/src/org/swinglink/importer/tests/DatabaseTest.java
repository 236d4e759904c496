package org.swinglink.importer.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test with its own Derby database in a temporary folder and the real importer service. */
abstract class DatabaseTest {
    @TempDir
    Path folder;

    ImportFixture fixture;

    @BeforeEach
    void openDatabase() {
        fixture = new ImportFixture(folder);
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }
}
