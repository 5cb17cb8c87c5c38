#include "resourcetext.h"

#include "db/database.h"

namespace rd {
namespace {

QString toQString(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

} // namespace

ResourceTextReader::ResourceTextReader(Database &database)
    : m_query(database.handle(), "SELECT dsp_id, title, artists, isrc FROM resources WHERE id = ?")
    , m_failed(!m_query.valid())
{
}

std::optional<ResourceText> ResourceTextReader::read(std::int64_t resourceId)
{
    if (m_failed)
        return std::nullopt;
    m_query.bind(1, resourceId);
    std::optional<ResourceText> text;
    const int rc = m_query.step();
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    if (rc == SQLITE_ROW)
        text = ResourceText{toQString(m_query.text(0)), toQString(m_query.text(1)), toQString(m_query.text(2)),
                            toQString(m_query.text(3))};
    m_query.reset();
    return text;
}

} // namespace rd
