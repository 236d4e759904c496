#!/usr/bin/env python3
"""What an analyst would do without SwingLink: read the same HitTrax and Blast CSVs with pandas,
pair each swing with the nearest pitch of the same player within +-10 s (merge_asof) and write the
result to SQLite. No clock-offset estimate, no one-to-one pairing, no transactions across files.

usage: pandas_pairing.py CSV_FOLDER SQLITE_FILE"""
import glob
import os
import sqlite3
import sys
import time

import pandas as pd

HITTRAX_FORMAT = "%m/%d/%Y %H:%M:%S.%f"
BLAST_FORMAT = "%b %d, %Y %I:%M:%S %p"


def read_hittrax(path):
    frame = pd.read_csv(path, skiprows=2, skipinitialspace=True)
    frame["time"] = pd.to_datetime(frame["Date"], format=HITTRAX_FORMAT)
    return frame.rename(columns={"User": "player"})


def read_blast(path):
    frame = pd.read_csv(path)
    frame["time"] = pd.to_datetime(frame["Date"], format=BLAST_FORMAT)
    frame["player"] = os.path.basename(path)[len("Metrics - "):-len(".csv")]
    return frame


def main(folder, database):
    started = time.perf_counter()
    files = sorted(glob.glob(os.path.join(folder, "**", "*.csv"), recursive=True))
    events = pd.concat([read_hittrax(f) for f in files if os.path.basename(f).startswith("hittrax")], ignore_index=True)
    swings = pd.concat([read_blast(f) for f in files if os.path.basename(f).startswith("Metrics")], ignore_index=True)
    events = events.sort_values("time")
    swings = swings.sort_values("time")
    paired = pd.merge_asof(swings, events, on="time", by="player", direction="nearest",
                           tolerance=pd.Timedelta(seconds=10), suffixes=("_swing", "_event"))
    if os.path.exists(database):
        os.remove(database)
    with sqlite3.connect(database) as connection:
        events.to_sql("hittrax_events", connection, index=False)
        swings.to_sql("sensor_swings", connection, index=False)
        paired.to_sql("paired_swings", connection, index=False)
    elapsed = time.perf_counter() - started
    rows = len(events) + len(swings)
    matched = int(paired["Velo"].notna().sum())
    print(f"pandas: {rows} rows ({len(events)} events, {len(swings)} swings), {matched} swings paired, "
          f"{elapsed:.2f} s, {rows / elapsed:,.0f} rows/s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
