// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/InspectionModels.h"

#include "core/SqlRbac.h"

#include <QIcon>

#include <algorithm>

namespace csc {

namespace {

/// A tooltip that wraps (rich text) and shows the texts literally.
QString richTip(const QString &title, const QString &body)
{
    QString tip = QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
    if (!body.isEmpty())
        tip += QStringLiteral("<p>%1</p>").arg(body.toHtmlEscaped());
    return tip;
}

int severityRank(InspectionWarning::Severity s)
{
    switch (s) {
    case InspectionWarning::Severity::Critical:
        return 0;
    case InspectionWarning::Severity::Warning:
        return 1;
    case InspectionWarning::Severity::Info:
        return 2;
    }
    return 3;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// InspectionFieldModel

InspectionFieldModel::InspectionFieldModel(QObject *parent) : QAbstractItemModel(parent) {}

void InspectionFieldModel::setFields(const QList<InspectionField> &fields)
{
    beginResetModel();
    m_sections.clear();
    for (const InspectionField &f : fields) {
        auto it = std::find_if(m_sections.begin(), m_sections.end(),
                               [&f](const Section &s) { return s.title == f.section; });
        if (it == m_sections.end()) {
            m_sections.append(Section{f.section, {}});
            it = m_sections.end() - 1;
        }
        it->fields.append(f);
    }
    endResetModel();
}

const InspectionField *InspectionFieldModel::find(const QString &rawName, const QString &section) const
{
    for (const Section &s : m_sections) {
        if (!section.isEmpty() && s.title != section)
            continue;
        for (const InspectionField &f : s.fields) {
            if (f.name == rawName)
                return &f;
        }
    }
    return nullptr;
}

QModelIndex InspectionFieldModel::indexOf(const QString &rawName, const QString &section) const
{
    for (int si = 0; si < m_sections.size(); ++si) {
        const Section &s = m_sections.at(si);
        if (!section.isEmpty() && s.title != section)
            continue;
        for (int fi = 0; fi < s.fields.size(); ++fi) {
            if (s.fields.at(fi).name == rawName)
                return createIndex(fi, NameColumn, quintptr(si + 1));
        }
    }
    return {};
}

QModelIndex InspectionFieldModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() != kTopLevel)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InspectionFieldModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int InspectionFieldModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_sections.at(parent.row()).fields.size());
}

int InspectionFieldModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InspectionFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const Section &s = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.column() == NameColumn ? s.title : QVariant();
        case SectionRole:
            return s.title;
        case IsSectionRole:
            return true;
        case SecretRole:
            return false;
        case RawNameRole:
            return QString();
        default:
            return {};
        }
    }
    const Section &s = m_sections.at(int(index.internalId() - 1));
    const InspectionField &f = s.fields.at(index.row());
    const QString name = f.label.isEmpty() ? f.name : tr("%1 (%2)").arg(f.label, f.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case ValueColumn:
            return f.value;
        case MeaningColumn:
            return f.explanation.isEmpty() ? tr("Not a standard field; shown as written.") : f.explanation;
        }
        return {};
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case ValueColumn:
            return f.secret ? tr("%1 (secret, masked)").arg(f.value) : f.value;
        case MeaningColumn:
            return f.explanation;
        }
        return {};
    case Qt::ToolTipRole:
        return richTip(name, f.explanation.isEmpty() ? tr("Not a standard field; shown as written.")
                                                     : f.explanation);
    case RawNameRole:
        return f.name;
    case SectionRole:
        return s.title;
    case SecretRole:
        return f.secret;
    case IsSectionRole:
        return false;
    default:
        return {};
    }
}

QVariant InspectionFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// InspectionWarningModel

InspectionWarningModel::InspectionWarningModel(QObject *parent) : QAbstractListModel(parent) {}

void InspectionWarningModel::setWarnings(QList<InspectionWarning> warnings)
{
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const InspectionWarning &a, const InspectionWarning &b) {
                         return severityRank(a.severity) < severityRank(b.severity);
                     });
    beginResetModel();
    m_items = std::move(warnings);
    endResetModel();
}

int InspectionWarningModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).code == code)
            return i;
    }
    return -1;
}

QString InspectionWarningModel::severityText(InspectionWarning::Severity severity)
{
    switch (severity) {
    case InspectionWarning::Severity::Critical:
        return tr("Critical");
    case InspectionWarning::Severity::Warning:
        return tr("Warning");
    case InspectionWarning::Severity::Info:
        return tr("Note");
    }
    return {};
}

QString InspectionWarningModel::severityIconPath(InspectionWarning::Severity severity)
{
    switch (severity) {
    case InspectionWarning::Severity::Critical:
        return QStringLiteral(":/icons/error.svg");
    case InspectionWarning::Severity::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case InspectionWarning::Severity::Info:
        return QStringLiteral(":/icons/info.svg");
    }
    return {};
}

int InspectionWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant InspectionWarningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InspectionWarning &w = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return w.text;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(severityText(w.severity), w.text);
    case Qt::DecorationRole:
        return QIcon(severityIconPath(w.severity));
    case Qt::ToolTipRole:
        return richTip(tr("%1: %2").arg(severityText(w.severity), w.text), w.advice);
    case CodeRole:
        return w.code;
    case SeverityRole:
        return int(w.severity);
    case AdviceRole:
        return w.advice;
    case SeverityTextRole:
        return severityText(w.severity);
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------
// AccountCheckModel

AccountCheckModel::AccountCheckModel(QObject *parent) : QAbstractListModel(parent) {}

void AccountCheckModel::setChecks(QList<AccountCheck> checks)
{
    beginResetModel();
    m_items = std::move(checks);
    endResetModel();
}

int AccountCheckModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

QString AccountCheckModel::statusText(AccountCheck::Status status)
{
    switch (status) {
    case AccountCheck::Status::Pass:
        return tr("Passed");
    case AccountCheck::Status::Attention:
        return tr("Attention");
    case AccountCheck::Status::Fail:
        return tr("Failed");
    case AccountCheck::Status::Info:
        return tr("Note");
    }
    return {};
}

QString AccountCheckModel::statusIconPath(AccountCheck::Status status)
{
    switch (status) {
    case AccountCheck::Status::Pass:
        return QStringLiteral(":/icons/success.svg");
    case AccountCheck::Status::Attention:
        return QStringLiteral(":/icons/warning.svg");
    case AccountCheck::Status::Fail:
        return QStringLiteral(":/icons/error.svg");
    case AccountCheck::Status::Info:
        return QStringLiteral(":/icons/info.svg");
    }
    return {};
}

int AccountCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AccountCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountCheck &c = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(statusText(c.status), c.title);
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3").arg(statusText(c.status), c.title, c.detail);
    case Qt::DecorationRole:
        return QIcon(statusIconPath(c.status));
    case Qt::ToolTipRole:
        return richTip(c.title, c.detail);
    case IdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case DetailRole:
        return c.detail;
    case StatusTextRole:
        return statusText(c.status);
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------
// MatchedAssignmentModel

MatchedAssignmentModel::MatchedAssignmentModel(QObject *parent) : QAbstractTableModel(parent) {}

void MatchedAssignmentModel::setAssignments(QList<MatchedAssignment> assignments)
{
    beginResetModel();
    m_items = std::move(assignments);
    endResetModel();
}

int MatchedAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MatchedAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchedAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatchedAssignment &m = m_items.at(index.row());
    QStringList actions;
    for (const QString &a : m.dataActions)
        actions << SqlRoleDefinition::describeDataAction(a);
    const QString roleName =
        m.roleName.isEmpty() ? m.assignment.roleDefinitionId.section(u'/', -1, -1, QString::SectionSkipEmpty)
                             : m.roleName;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RoleColumn:
            return roleName;
        case ScopeColumn:
            return m.scopeText;
        case MatchColumn:
            return m.viaGroup ? tr("Group %1").arg(m.assignment.principalId)
                              : tr("Object id %1").arg(m.assignment.principalId);
        case ActionsColumn:
            return actions.join(QStringLiteral("; "));
        }
        return {};
    case Qt::ToolTipRole:
        return richTip(roleName, m.dataActions.join(QStringLiteral("\n")));
    case AssignmentIdRole:
        return m.assignment.id;
    case PrincipalRole:
        return m.assignment.principalId;
    case ViaGroupRole:
        return m.viaGroup;
    default:
        return {};
    }
}

QVariant MatchedAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case ScopeColumn:
        return tr("Scope");
    case MatchColumn:
        return tr("Applies through");
    case ActionsColumn:
        return tr("Allows");
    }
    return {};
}

} // namespace csc
