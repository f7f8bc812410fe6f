#pragma once

#include <QString>

namespace RefundDesk {

// Gives a new widget the object name tests find it by and the name screen readers say.
template<typename T>
T *named(T *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace RefundDesk
