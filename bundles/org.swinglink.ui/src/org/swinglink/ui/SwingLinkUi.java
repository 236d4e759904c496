package org.swinglink.ui;

/** Names other bundles (and the UI tests) use to talk to the workbench. */
public final class SwingLinkUi {
    /** Posted on the event broker after an import changed the database; the views reload. */
    public static final String TOPIC_IMPORTS_CHANGED = "org/swinglink/ui/imports/changed";

    /** Posted after an analyst changed swings (assigned, paired, undone); the views reload. */
    public static final String TOPIC_SWINGS_CHANGED = "org/swinglink/ui/swings/changed";

    /** Key of {@link org.eclipse.swt.widgets.Widget#setData(String, Object)} naming a widget, for tests. */
    public static final String WIDGET_ID = "org.swinglink.ui.widgetId";

    public static final String IMPORT_SESSIONS_TABLE = "importSessions.table";
    public static final String IMPORT_SESSIONS_STATUS = "importSessions.status";
    public static final String UNASSIGNED_SWINGS_TABLE = "unassignedSwings.table";
    public static final String UNASSIGNED_SWINGS_STATUS = "unassignedSwings.status";
    public static final String PLAYER_COMBO = "player.combo";
    public static final String PLAYER_STATUS = "player.status";
    public static final String PLAYER_TABLE = "player.table";
    public static final String ROW_DETAILS_SHELL = "rowDetails.shell";
    public static final String ROW_DETAILS_SWING = "rowDetails.swing";
    public static final String ROW_DETAILS_EVENT = "rowDetails.event";
    public static final String PLAYER_EXIT_VELO_CHART = "player.exitVeloChart";
    public static final String PLAYER_SPRAY_CHART = "player.sprayChart";
    public static final String PLAYER_BAT_SPEED_CHART = "player.batSpeedChart";
    /** The Player view's tabs (rows and charts; sessions), its sessions table, trend chart and the trend's metric. */
    public static final String PLAYER_TABS = "player.tabs";
    public static final String PLAYER_SESSIONS_TABLE = "player.sessionsTable";
    public static final String PLAYER_TREND_CHART = "player.trendChart";
    public static final String PLAYER_TREND_METRIC = "player.trendMetric";
    public static final String PLAYER_SESSIONS_SAVE = "player.sessionsSave";
    public static final String PLAYER_SESSIONS_PANEL = "player.sessionsPanel";
    /** The Leaderboard view's range, metric, status line and table. */
    public static final String LEADERBOARD_FROM = "leaderboard.from";
    public static final String LEADERBOARD_TO = "leaderboard.to";
    public static final String LEADERBOARD_METRIC = "leaderboard.metric";
    public static final String LEADERBOARD_STATUS = "leaderboard.status";
    public static final String LEADERBOARD_TABLE = "leaderboard.table";
    public static final String LEADERBOARD_SAVE = "leaderboard.save";
    /** Trend chart series ids: each session's average, its maximum, the rolling average, the selected session. */
    public static final String SERIES_TREND_AVERAGE = "trendAverage";
    public static final String SERIES_TREND_MAXIMUM = "trendMaximum";
    public static final String SERIES_TREND_ROLLING = "trendRolling";
    public static final String SERIES_TREND_SELECTED = "trendSelected";
    /** Chart series ids: batted balls (exit velocity over bat speed) and their landing points. */
    public static final String SERIES_BATTED_BALLS = "battedBalls";
    public static final String SERIES_LANDINGS = "landings";
    /** Chart series id: bat speed of every swing over time. */
    public static final String SERIES_BAT_SPEEDS = "batSpeeds";
    public static final String SESSION_SUMMARY_SHELL = "sessionSummary.shell";
    public static final String SESSION_SUMMARY_PLAYERS = "sessionSummary.players";
    public static final String SESSION_SUMMARY_SWINGS = "sessionSummary.unassignedSwings";
    public static final String SESSION_SUMMARY_DETAILS = "sessionSummary.details";
    public static final String PREFERENCES_SHELL = "preferences.shell";
    public static final String PREFERENCES_DATABASE = "preferences.database";
    public static final String PREFERENCES_DATABASE_STATUS = "preferences.databaseStatus";
    public static final String PREFERENCES_TEST_CONNECTION = "preferences.testConnection";
    public static final String PREFERENCES_ZONE = "preferences.zone";
    public static final String PREFERENCES_TOLERANCE = "preferences.tolerance";

    public static final String PART_IMPORT_SESSIONS = "org.swinglink.ui.part.importSessions";
    public static final String PART_UNASSIGNED_SWINGS = "org.swinglink.ui.part.unassignedSwings";
    public static final String PART_PLAYER = "org.swinglink.ui.part.player";
    public static final String PART_SOURCES = "org.swinglink.ui.part.sources";
    public static final String PART_LEADERBOARD = "org.swinglink.ui.part.leaderboard";
    public static final String SOURCES_TABLE = "sources.table";
    public static final String SOURCES_STATUS = "sources.status";

    private SwingLinkUi() {
    }
}
