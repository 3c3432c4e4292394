#include "command.h"

namespace ArchBoard::Cli {

// Each command lives in its own file; adding one is a file and a line here.
Command sampleCommand();
Command newCommand();
Command convertCommand();
Command validateCommand();
Command reportCommand();
Command rankCommand();
Command exportCommand();
Command importCmlCommand();
Command exportCmlCommand();
Command importAdrCommand();
Command decideCommand();
Command scanCommand();
Command tcoCommand();
Command workshopCommand();
Command diffCommand();
Command mergeCommand();
Command textconvCommand();

const QList<Command> &commands()
{
    static const QList<Command> all = {sampleCommand(),    newCommand(),       convertCommand(),   validateCommand(), reportCommand(), rankCommand(),
                                       exportCommand(),    importCmlCommand(), exportCmlCommand(), importAdrCommand(),
                                       decideCommand(),    scanCommand(),      tcoCommand(),      diffCommand(),
                                       mergeCommand(),     textconvCommand(),  workshopCommand()};
    return all;
}

} // namespace ArchBoard::Cli
