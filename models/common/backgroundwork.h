#pragma once

class QThreadPool;

namespace ArchBoard {

/**
 * The thread pool for ArchBoard's own background work: validation, drafts,
 * stale-figure checks, reports, scans, layouts' DOT, autosave.
 *
 * Not QThreadPool::globalInstance(): Qt's raster painting and image
 * conversions split their work over the global pool and the GUI thread waits
 * for them, so engine runs of a few hundred milliseconds there held up
 * ordinary repaints for as long (measured: 290 ms after drafting a record on
 * the large workspace).
 */
QThreadPool *backgroundPool();

} // namespace ArchBoard
