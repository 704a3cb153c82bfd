#include "statusboard.h"

namespace yc {

void StatusBoard::set(const QString &id, const QString &label, const QString &state, Level level)
{
    for (Item &item : m_items) {
        if (item.id == id) {
            if (item.label == label && item.state == state && item.level == level)
                return;
            item = Item{id, label, state, level};
            emit changed(id);
            return;
        }
    }
    m_items.append(Item{id, label, state, level});
    emit changed(id);
}

StatusBoard::Item StatusBoard::item(const QString &id) const
{
    for (const Item &item : m_items) {
        if (item.id == id)
            return item;
    }
    return {};
}

} // namespace yc
