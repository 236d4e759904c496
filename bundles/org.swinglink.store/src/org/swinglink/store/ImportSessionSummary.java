package org.swinglink.store;

import java.util.List;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportSession;
import org.swinglink.model.SensorSwing;

/**
 * Everything one import created, loaded at once (the proposal's "import session summary").
 *
 * @param session         the import with its statistics and status
 * @param analystName     who ran it
 * @param analystEmail    their e-mail, may be null
 * @param hittraxSessions the HitTrax sessions it created
 * @param events          their events, by time, each with its paired sensor swing if any
 * @param sensorSwings    the sensor swings it created, by time
 */
public record ImportSessionSummary(ImportSession session, String analystName, String analystEmail,
        List<HitTraxSession> hittraxSessions, List<HitTraxEvent> events, List<SensorSwing> sensorSwings) {

    public long pairedEvents() {
        return events.stream().filter(e -> e.getSensorSwing() != null).count();
    }
}
