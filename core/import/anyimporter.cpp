#include "anyimporter.h"

#include "formats/ddex/ddexfilename.h"
#include "import/ddeximporter.h"
#include "import/dsrimporter.h"

namespace rd {

QList<ImportResult> AnyImporter::importFile(const QString &path, const ImportOptions &options, ProgressSink *progress)
{
    if (!DdexFileName::looksLikeDdex(path))
        return {DsrImporter(m_db).importFile(path, options, progress)};
    const QString key = DdexImporter::reportKeyOf(path);
    if (!key.isEmpty()) {
        if (m_reportsDone.contains(key))
            return {};
        m_reportsDone.insert(key);
    }
    return DdexImporter(m_db).importReport(path, options, progress);
}

} // namespace rd
