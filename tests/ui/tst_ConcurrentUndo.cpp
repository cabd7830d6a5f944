// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo never overwrite someone else's work. For every kind of record an undoable
// edit can touch: this session edits (or deletes) a record, another user (bob) saves it,
// and then undo (or redo) must refuse, naming bob and when, leave bob's version in place
// and drop out of the undo stack. Runs on a copy of the demo file, through the same
// command class and service calls the screens use.
#include "TestSupport.h"
#include "cab/CabRecordOps.h"
#include "cab/SetAgendaCommand.h"
#include "cab/SetConditionStatusCommand.h"
#include "definition/DefinitionOps.h"
#include "gates/GateCommands.h"
#include "io/DemoGenerator.h"
#include "releases/ReleaseCommands.h"
#include "scheduling/SchedulingRecordOps.h"
#include "services/AssumptionService.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "services/DistributionListService.h"
#include "services/Document.h"
#include "services/ExitCriteriaService.h"
#include "services/GateService.h"
#include "services/KnownIssueService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "services/SuccessMetricService.h"
#include "undo/ChangeRecordCommand.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <optional>

using namespace slipway;
using namespace slipway::ui;

namespace {

// What the test changes in a record: one of its text fields.
template <typename T> using Mark = std::function<void(T&, const QString&)>;

QJsonObject content(const QJsonObject& json) {
    QJsonObject c = json;
    c.remove(u"row_version"_qs);
    return c;
}

} // namespace

class tst_ConcurrentUndo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_files = 0;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SchedulingServices> m_mine;
    std::unique_ptr<SchedulingServices> m_theirs;
    QStringList m_errors;

    Session bob() const { return Session{u"bob"_qs, {}}; }
    UndoCommand::ErrorSink sink() {
        return [this](const QString& message) {
            m_errors << message;
        };
    }

    // Bob saves record 1 with `tag` added; the record as stored after.
    template <typename T>
    std::optional<T> theySave(const RecordOps<T>& theirs, const Mark<T>& mark, const QString& tag) {
        auto seen = theirs.find(1);
        if (!seen) {
            test::helperFailed(seen.error().message);
            return std::nullopt;
        }
        T changed = seen.value();
        mark(changed, tag);
        auto saved = theirs.update(changed);
        if (!saved) {
            test::helperFailed(saved.error().message);
            return std::nullopt;
        }
        return saved.value();
    }

    // The last step was refused once, naming bob, and bob's version is what is stored.
    template <typename T> bool refusedKeeping(const RecordOps<T>& mine, const T& theirs) {
        const bool named =
            m_errors.size() == 1 && m_errors.first().contains(u"changed by bob at"_qs);
        if (!named)
            test::helperFailed(u"expected one refusal naming bob, got: "_qs +
                               m_errors.join(u" | "));
        auto stored = mine.find(1);
        const bool kept = stored && content(toJson(stored.value())) == content(toJson(theirs));
        if (!kept)
            test::helperFailed(u"bob's version was not kept"_qs);
        m_errors.clear();
        return named && kept;
    }

    // This session edits record 1; bob saves it; undo must refuse and keep bob's version.
    // Then this session deletes it; undo brings it back; bob saves it again; redo of the
    // delete must refuse in the same way.
    template <typename T>
    void refusesOverTheirWork(RecordOps<T> mine, RecordOps<T> theirs, const Mark<T>& mark,
                              bool deletable = true) {
        QUndoStack* stack = m_doc->undoStack();
        auto before = mine.find(1);
        QVERIFY2(before, qPrintable(before.error().message));
        T after = before.value();
        mark(after, u"mine"_qs);
        auto* edit = new ChangeRecordCommand<T>(mine, before.value(), after, u"edit"_qs, sink());
        stack->push(edit);
        QVERIFY2(edit->succeeded(), qPrintable(m_errors.join(u'\n')));
        const auto saved = theySave(theirs, mark, u"theirs"_qs);
        QVERIFY(saved);
        stack->undo();
        QVERIFY(refusedKeeping(mine, *saved));
        QCOMPARE(stack->count(), 0); // the refused command left the history
        if (!deletable)
            return;

        auto* remove = new ChangeRecordCommand<T>(mine, mine.find(1).value(), std::nullopt,
                                                  u"delete"_qs, sink());
        stack->push(remove);
        QVERIFY2(remove->succeeded(), qPrintable(m_errors.join(u'\n')));
        QVERIFY(!mine.find(1));
        stack->undo();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        const auto resaved = theySave(theirs, mark, u"theirs again"_qs);
        QVERIFY(resaved);
        stack->redo();
        QVERIFY(refusedKeeping(mine, *resaved));
    }

    template <typename T, typename Service> RecordOps<T> theirs(Service* service) {
        service->setParent(m_doc.get()); // lives as long as the document
        return serviceOps<T>(*service);
    }

    // The first criterion of `kind` among the demo's releases.
    std::optional<GateCriterion> firstCriterion(CriterionKind kind) const {
        const auto releases = m_doc->releases().all();
        for (const Release& r : releases.value()) {
            const auto gates = m_doc->gates().gatesOf(r.id);
            for (const ReleaseGate& g : gates.value())
                for (const GateCriterion& c : g.criteria)
                    if (c.spec.kind == kind)
                        return c;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.slipway"_qs);
        auto made = DemoGenerator::generate(m_demo, DemoGenerator::Scale::Small, 1);
        QVERIFY2(made, qPrintable(made.ok() ? QString() : made.error().message));
    }

    void init() {
        const QString path = m_dir.filePath(u"undo-%1.slipway"_qs.arg(++m_files));
        QVERIFY(QFile::copy(m_demo, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto doc = Document::open(path, {});
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        m_doc = std::move(doc.value());
        QVERIFY(m_doc->session().actor != u"bob"_qs);
        m_mine = std::make_unique<SchedulingServices>(m_doc->database(), m_doc->session());
        m_theirs = std::make_unique<SchedulingServices>(m_doc->database(), bob());
        m_errors.clear();
    }

    void cleanup() {
        m_mine.reset();
        m_theirs.reset();
        m_doc.reset();
    }

    void blackout() {
        refusesOverTheirWork<Blackout>(blackoutOps(*m_mine), blackoutOps(*m_theirs),
                                       [](Blackout& b, const QString& s) { b.name += s; });
    }
    void freeze() {
        refusesOverTheirWork<FreezePeriod>(freezeOps(*m_mine), freezeOps(*m_theirs),
                                           [](FreezePeriod& f, const QString& s) { f.name += s; });
    }
    void environment() {
        refusesOverTheirWork<Environment>(
            environmentOps(*m_mine), environmentOps(*m_theirs),
            [](Environment& e, const QString& s) { e.name += s; }, false);
    }
    void booking() {
        refusesOverTheirWork<Booking>(bookingOps(*m_mine), bookingOps(*m_theirs),
                                      [](Booking& b, const QString& s) { b.label += s; });
    }
    void person() {
        refusesOverTheirWork<Person>(
            personOps(*m_mine), personOps(*m_theirs),
            [](Person& p, const QString& s) { p.name += s; }, false);
    }
    void availability() {
        refusesOverTheirWork<Availability>(availabilityOps(*m_mine), availabilityOps(*m_theirs),
                                           [](Availability& a, const QString& s) { a.note += s; });
    }
    void changeRequest() {
        auto* service = new ChangeRequestService(m_doc->database(), m_doc->session(), m_doc.get());
        refusesOverTheirWork<ChangeRequest>(
            changeRequestOps(*service),
            theirs<ChangeRequest>(new ChangeRequestService(m_doc->database(), bob())),
            [](ChangeRequest& c, const QString& s) { c.summary += s; }, false);
    }
    void cabMeeting() {
        auto* service = new CabMeetingService(m_doc->database(), m_doc->session(), m_doc.get());
        refusesOverTheirWork<CabMeeting>(
            meetingOps(*service),
            theirs<CabMeeting>(new CabMeetingService(m_doc->database(), bob())),
            [](CabMeeting& m, const QString& s) { m.title += s; }, false);
    }
    void cabCondition() {
        auto conditions = m_doc->cabDecisions().conditions(0);
        QVERIFY(conditions && !conditions->isEmpty());
        const CabCondition condition = conditions->first();
        const auto to = condition.status == CabCondition::Status::Met ? CabCondition::Status::Open
                                                                      : CabCondition::Status::Met;
        auto* command = new SetConditionStatusCommand(m_doc->cabDecisions(), condition, to,
                                                      u"condition"_qs, sink());
        QVERIFY(pushCommand(m_doc->undoStack(), command));
        CabDecisionService other(m_doc->database(), bob());
        QVERIFY(other.setConditionStatus(condition.id, CabCondition::Status::Waived));
        m_doc->undoStack()->undo();
        QVERIFY2(m_errors.size() == 1 && m_errors.first().contains(u"changed by bob at"_qs),
                 qPrintable(m_errors.join(u" | ")));
        const auto stored = m_doc->cabDecisions().conditions(condition.changeId);
        QVERIFY(stored);
        for (const CabCondition& c : stored.value())
            if (c.id == condition.id)
                QCOMPARE(c.status, CabCondition::Status::Waived); // bob's change stands
    }
    void gateTick() {
        const std::optional<GateCriterion> manual = firstCriterion(CriterionKind::Manual);
        QVERIFY(manual);
        const bool tick = manual->checkedBy.isEmpty();
        QVERIFY(pushCommand(m_doc->undoStack(),
                            GateCommands::setChecked(m_doc->gates(), *manual, tick, sink())));
        GateService other(m_doc->database(), bob());
        const GateCriterion mine = m_doc->gates().criterion(manual->id).value();
        QVERIFY(other.setChecked(manual->id, !tick, mine.rowVersion));    // bob undoes it by hand
        QVERIFY(other.setChecked(manual->id, tick, mine.rowVersion + 1)); // and does it again
        m_doc->undoStack()->undo();
        QVERIFY2(m_errors.size() == 1 && m_errors.first().contains(u"bob"_qs),
                 qPrintable(m_errors.join(u" | ")));
        QCOMPARE(m_doc->gates().criterion(manual->id)->checkedBy.isEmpty(), !tick); // bob's stands
    }
    // The session's own edits of one criterion, undone in turn: each undo finds the criterion
    // as the command left it (at a later version) and is not refused.
    void gateEditsOfOneCriterionUndoInTurn() {
        const std::optional<GateCriterion> manual = firstCriterion(CriterionKind::Manual);
        QVERIFY(manual);
        const QString before = manual->checkedBy;
        const bool tick = before.isEmpty();
        QVERIFY(pushCommand(m_doc->undoStack(),
                            GateCommands::setChecked(m_doc->gates(), *manual, tick, sink())));
        const GateCriterion ticked = m_doc->gates().criterion(manual->id).value();
        QVERIFY(pushCommand(m_doc->undoStack(),
                            GateCommands::setChecked(m_doc->gates(), ticked, !tick, sink())));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u" | ")));
        QCOMPARE(m_doc->gates().criterion(manual->id)->checkedBy.isEmpty(), before.isEmpty());
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u" | ")));
        // Both redone: the second command's state, so checked exactly when it started unchecked.
        QCOMPARE(m_doc->gates().criterion(manual->id)->checkedBy.isEmpty(), tick);

        const std::optional<GateCriterion> tests = firstCriterion(CriterionKind::TestPassRate);
        QVERIFY(tests);
        const QString junit = test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs);
        QVERIFY(pushCommand(m_doc->undoStack(),
                            GateCommands::importEvidence(m_doc->gates(), *tests, junit, sink())));
        const GateCriterion once = m_doc->gates().criterion(tests->id).value();
        QVERIFY(pushCommand(m_doc->undoStack(),
                            GateCommands::importEvidence(m_doc->gates(), once, junit, sink())));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u" | ")));
        const GateCriterion back = m_doc->gates().criterion(tests->id).value();
        QCOMPARE(back.evidence.has_value(), tests->evidence.has_value());
        if (back.evidence)
            QCOMPARE(back.evidence->sha256, tests->evidence->sha256);
        // Someone else imports meanwhile: the redo names them instead of replacing their file.
        GateService other(m_doc->database(), bob());
        QVERIFY(other.importFile(tests->id, junit));
        m_doc->undoStack()->redo();
        QVERIFY2(m_errors.size() == 1 && m_errors.first().contains(u"bob"_qs),
                 qPrintable(m_errors.join(u" | ")));
        QCOMPARE(m_doc->gates().criterion(tests->id)->evidence->importedBy, u"bob"_qs);
    }
    void cabAgenda() {
        auto meetings = m_doc->cabMeetings().all();
        QVERIFY(meetings);
        QList<AgendaItem> agenda;
        qint64 meetingId = 0;
        for (const CabMeeting& m : meetings.value()) {
            auto items = m_doc->cabMeetings().agenda(m.id);
            if (items && items->size() >= 2) {
                agenda = items.value();
                meetingId = m.id;
                break;
            }
        }
        QVERIFY(meetingId > 0);
        QList<AgendaItem> trimmed = agenda;
        trimmed.removeLast();
        auto* command = new SetAgendaCommand(m_doc->cabMeetings(), meetingId, agenda, trimmed,
                                             u"agenda"_qs, sink());
        QVERIFY(pushCommand(m_doc->undoStack(), command));
        CabMeetingService other(m_doc->database(), bob());
        QList<AgendaItem> theirs = trimmed;
        theirs.removeLast(); // bob takes one more off
        QVERIFY(other.setAgenda(meetingId, theirs));
        m_doc->undoStack()->undo();
        QVERIFY2(m_errors.size() == 1 && m_errors.first().contains(u"changed by bob at"_qs),
                 qPrintable(m_errors.join(u" | ")));
        const auto stored = m_doc->cabMeetings().agenda(meetingId);
        QVERIFY(stored);
        QCOMPARE(stored->size(), theirs.size()); // bob's agenda stands
    }
    void cabAction() {
        auto* service = new CabMeetingService(m_doc->database(), m_doc->session(), m_doc.get());
        auto* other = new CabMeetingService(m_doc->database(), bob(), m_doc.get());
        refusesOverTheirWork<CabAction>(actionOps(*service), actionOps(*other),
                                        [](CabAction& a, const QString& s) { a.text += s; });
    }
    void exitCriterion() {
        auto* other = new ExitCriteriaService(m_doc->database(), bob(), m_doc.get());
        RecordOps<ExitCriterion> theirOps;
        theirOps.find = [other](qint64 id) {
            return other->find(id);
        };
        theirOps.update = [other](const ExitCriterion& e) {
            return other->update(e);
        };
        refusesOverTheirWork<ExitCriterion>(
            exitCriterionOps(*m_doc), theirOps,
            [](ExitCriterion& e, const QString& s) { e.text += s; });
    }
    void assumption() {
        refusesOverTheirWork<Assumption>(
            assumptionOps(*m_doc),
            theirs<Assumption>(new AssumptionService(m_doc->database(), bob())),
            [](Assumption& a, const QString& s) { a.statement += s; });
    }
    void successMetric() {
        refusesOverTheirWork<SuccessMetric>(
            successMetricOps(*m_doc),
            theirs<SuccessMetric>(new SuccessMetricService(m_doc->database(), bob())),
            [](SuccessMetric& m, const QString& s) { m.name += s; });
    }
    void knownIssue() {
        refusesOverTheirWork<KnownIssue>(
            serviceOps<KnownIssue>(m_doc->knownIssues()),
            theirs<KnownIssue>(new KnownIssueService(m_doc->database(), bob())),
            [](KnownIssue& i, const QString& s) { i.title += s; });
    }
    void distributionList() {
        refusesOverTheirWork<DistributionList>(
            serviceOps<DistributionList>(m_doc->distributionLists()),
            theirs<DistributionList>(new DistributionListService(m_doc->database(), bob())),
            [](DistributionList& l, const QString& s) { l.name += s; }, false);
    }
    void release() {
        refusesOverTheirWork<Release>(
            releaseOps(m_doc->releases()),
            theirs<Release>(new ReleaseService(m_doc->database(), bob())),
            [](Release& r, const QString& s) { r.name += s; }, false);
    }
};

QTEST_MAIN(tst_ConcurrentUndo)
#include "tst_ConcurrentUndo.moc"
