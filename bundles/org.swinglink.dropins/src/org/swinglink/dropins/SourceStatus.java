package org.swinglink.dropins;

/**
 * One line of the sources listing: a registered parser, or a jar in the drop-ins folder that
 * provides none (with the reason).
 *
 * @param id the source's id, empty for a jar that provides no source
 * @param name the source's display name, or the jar's file name
 * @param kind "batted-ball events" or "sensor swings", empty for a jar without a source
 * @param bundle the bundle's symbolic name and version, empty when the file is not a bundle
 * @param origin "built-in", or the drop-in jar's file name
 * @param dropIn whether it came from the drop-ins folder
 * @param state whether it can be used
 * @param reason why not, or what failed; empty when it is active
 */
public record SourceStatus(String id, String name, String kind, String bundle, String origin, boolean dropIn,
        SourceState state, String reason) {
}
