// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inspect/TokenInspection.h"
#include "net/TokenAccountChecker.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QList>

namespace csc {

/**
 * @brief The details of an inspection as a tree: sections ("Header", "Claims", "Connection string", ...) with
 * their fields below. Columns Name (label and raw name), Value (as the inspector rendered it: secrets are
 * already masked there) and Meaning (the plain-language explanation, also the tooltip of every column).
 *
 * Holds only InspectionField values, never the parsed credential, so no role can return secret material.
 */
class InspectionFieldModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        MeaningColumn,
        ColumnCount
    };
    enum Role
    {
        RawNameRole = Qt::UserRole + 1, ///< QString: "aud", "AccountEndpoint" (empty for sections)
        SectionRole,                    ///< QString: the section title
        SecretRole,                     ///< bool: the value stands for a (masked) secret
        IsSectionRole                   ///< bool
    };

    explicit InspectionFieldModel(QObject *parent = nullptr);

    /// Replaces everything (model reset); sections keep the order of their first field.
    void setFields(const QList<InspectionField> &fields);
    void clear() { setFields({}); }
    int sectionCount() const { return int(m_sections.size()); }
    /// The field with this raw name (case-sensitive) in `section` (any section when empty); nullptr if none.
    const InspectionField *find(const QString &rawName, const QString &section = {}) const;
    /// The index (NameColumn) of that field; invalid when absent.
    QModelIndex indexOf(const QString &rawName, const QString &section = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        QString title;
        QList<InspectionField> fields;
    };
    static constexpr quintptr kTopLevel = 0; ///< internalId of section rows; fields use section index + 1
    QList<Section> m_sections;
};

/**
 * @brief The warnings of an inspection, most severe first: the text, a severity icon (DecorationRole) and the
 * advice in the tooltip. Severity is also spelled out in the accessible text, so it is not colour-only.
 */
class InspectionWarningModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1, ///< QString: stable code ("expired", ...)
        SeverityRole,                ///< int: InspectionWarning::Severity
        AdviceRole,                  ///< QString
        SeverityTextRole             ///< QString: translated "Critical", "Warning", "Note"
    };

    explicit InspectionWarningModel(QObject *parent = nullptr);

    void setWarnings(QList<InspectionWarning> warnings);
    void clear() { setWarnings({}); }
    const QList<InspectionWarning> &warnings() const { return m_items; }
    /// Row of the warning with `code`, -1 when absent.
    int rowOf(const QString &code) const;

    static QString severityText(InspectionWarning::Severity severity);
    static QString severityIconPath(InspectionWarning::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<InspectionWarning> m_items;
};

/**
 * @brief The Cosmos-aware checks of a credential against an account (TokenAccountChecker): a status icon and
 * word (Passed, Attention, Failed, Note), the title, and the detail in the tooltip.
 */
class AccountCheckModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QString: stable check id
        StatusRole,                ///< int: AccountCheck::Status
        DetailRole,                ///< QString
        StatusTextRole             ///< QString: translated status word
    };

    explicit AccountCheckModel(QObject *parent = nullptr);

    void setChecks(QList<AccountCheck> checks);
    void clear() { setChecks({}); }
    const QList<AccountCheck> &checks() const { return m_items; }
    int rowOf(const QString &id) const;

    static QString statusText(AccountCheck::Status status);
    static QString statusIconPath(AccountCheck::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<AccountCheck> m_items;
};

/**
 * @brief The data-plane role assignments that apply to a token's principal: role, scope in words, how it
 * matched (object id or group) and what the role allows.
 */
class MatchedAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RoleColumn,
        ScopeColumn,
        MatchColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role
    {
        AssignmentIdRole = Qt::UserRole + 1, ///< QString: full ARM id of the assignment
        PrincipalRole,                       ///< QString
        ViaGroupRole                         ///< bool
    };

    explicit MatchedAssignmentModel(QObject *parent = nullptr);

    void setAssignments(QList<MatchedAssignment> assignments);
    void clear() { setAssignments({}); }
    const QList<MatchedAssignment> &assignments() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MatchedAssignment> m_items;
};

} // namespace csc
