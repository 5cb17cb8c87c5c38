#include "rightsshares.h"

#include "db/database.h"

namespace rd {

RightsShareInserter::RightsShareInserter(Database &database)
    : m_insert(database.handle(), "INSERT INTO rights_shares (dsr_id, line, summary_record_id, dsp_id, isrc, title, rights_controller, "
                                  "rights_controller_party_id, right_type, share, allocated_net_revenue, allocated_amount, valid_from, "
                                  "valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
{
}

bool RightsShareInserter::insert(qint64 dsrId, std::uint64_t line, const ddex::ShareRow &s)
{
    if (!m_insert.valid())
        return false;
    m_insert.bind(1, dsrId);
    m_insert.bind(2, sqlite3_int64(line));
    const std::string *texts[] = {&s.summaryId, &s.item.dspId, &s.item.isrc, &s.item.title, &s.rightsController,
                                  &s.rightsControllerPartyId, &s.rightType, &s.share, &s.allocatedNetRevenue,
                                  &s.allocatedAmount, &s.validFrom, &s.validTo};
    int index = 3;
    for (const std::string *text : texts) {
        if (index == 7 && text->empty())
            sqlite3_bind_text(m_insert.get(), index++, "", 0, SQLITE_STATIC); // rights_controller is NOT NULL
        else
            m_insert.bindText(index++, *text);
    }
    const int rc = m_insert.step();
    m_insert.reset();
    return rc == SQLITE_DONE;
}

} // namespace rd
