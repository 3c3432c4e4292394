#pragma once

#include <QLabel>

namespace ArchBoard {

/// Workshop mode's key overview (? or F1): a framed table of every key, centred over the mode.
class WorkshopKeys : public QLabel
{
    Q_OBJECT

public:
    explicit WorkshopKeys(QWidget *parent);

    /// Shows the overview centred over the parent, or hides it.
    void showCentred(bool shown);
    /// Sizes and centres it again (after a change of type size or window size).
    void recentre();
};

} // namespace ArchBoard
