// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

ChangesDialog::ChangesDialog(const QList<ParagraphChange> &changes, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"changesDialog"_s);
    setWindowTitle(tr("What Changed"));
    QString html;
    int added = 0, removed = 0, unchangedRun = 0;
    auto flushUnchanged = [&] {
        if (unchangedRun > 0)
            html += u"<p style=\"color:gray\">"_s +
                tr("… %n unchanged paragraph(s) …", nullptr, unchangedRun) + u"</p>"_s;
        unchangedRun = 0;
    };
    for (const ParagraphChange &c : changes) {
        switch (c.kind) {
        case ParagraphChange::Kind::Same:
            ++unchangedRun;
            break;
        case ParagraphChange::Kind::Removed:
            flushUnchanged();
            ++removed;
            html += u"<p><span style=\"background:#fdd\"><b>− </b><s>%1</s></span></p>"_s.arg(
                c.text.toHtmlEscaped());
            break;
        case ParagraphChange::Kind::Added:
            flushUnchanged();
            ++added;
            html +=
                u"<p><span style=\"background:#dfd\"><b>+ </b>%1</span></p>"_s.arg(c.text.toHtmlEscaped());
            break;
        }
    }
    flushUnchanged();
    m_browser->setHtml(html);
    m_browser->setAccessibleName(tr("Changes between the versions"));

    auto *label = new QLabel(summary + u' ' + tr("%n paragraph(s) added, ", nullptr, added) +
                                 tr("%n removed.", nullptr, removed),
                             this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace Gloss
