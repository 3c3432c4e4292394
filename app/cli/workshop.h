#pragma once

#include <QStringList>

/// `archboard-cli workshop WS --tier ID …`: live voting headless. \a arguments
/// are the program's (program name, "workshop", then the command's own).
/// Runs the event loop until voting closes; returns the exit code.
int runWorkshopCommand(const QStringList &arguments);
