// Benchmark (not a test): the GUI figures of docs/performance.md, on the offscreen platform.
//   bench_gui startup CASEBOOK   process start -> first paint of the main window with the deadlines
//                                dashboard filled (the same steps as main.cpp with --db)
//   bench_gui scroll CASEBOOK    opens the case with the most communications, then pages through its
//                                communications log to the end; every step's time (scroll, fetchMore,
//                                synchronous repaint) is one sample: max, p99, median
// Prints "figure value unit" lines; scripts/bench runs it several times and takes the medians.
#include "case_page.h"
#include "home_page.h"
#include "main_window.h"
#include "record_list_tab.h"
#include "session.h"

#include "io/paths.h"
#include "storage/case_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

using namespace casebook;

namespace {

// Milliseconds since the kernel started this process (from /proc/self/stat, 10 ms resolution):
// this includes loading Qt's libraries before main().
double msSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    const double startSeconds = std::stod(field) / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0;
}

class FirstPaint : public QObject
{
public:
    bool armed = false;
    bool seen = false;
    qint64 atMs = 0;
    double sinceProcessStartMs = 0;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && !seen && event->type() == QEvent::Paint) {
            seen = true;
            atMs = clock->elapsed();
            sinceProcessStartMs = msSinceProcessStart();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

int startup(QElapsedTimer &clock, const QString &path)
{
    app::MainWindow window;
    window.resize(1280, 800);
    FirstPaint paint;
    paint.clock = &clock;
    window.installEventFilter(&paint);
    window.show();
    const qint64 beforeOpen = clock.elapsed();
    if (!window.openCasebook(path))
        return 3;
    const qint64 afterOpen = clock.elapsed();
    paint.armed = true;
    QTimer::singleShot(10'000, qApp, &QCoreApplication::quit);
    QApplication::exec();
    if (!paint.seen) {
        std::cerr << "bench_gui: no paint event within 10 s\n";
        return 3;
    }
    // The quick_check runs beside the window (docs/decisions.md): when its verdict is in.
    const bool healthy = window.session()->casebook().database().awaitIntegrity().ok();
    const qint64 verdictAt = clock.elapsed();
    std::cout << "startup_main_to_window " << beforeOpen << " ms\n"
              << "startup_main_to_integrity_verdict " << verdictAt << " ms\n"
              << "startup_integrity_ok " << (healthy ? 1 : 0) << " \n"
              << "startup_open_and_refresh " << (afterOpen - beforeOpen) << " ms\n"
              << "startup_main_to_first_paint " << paint.atMs << " ms\n"
              << "startup_process_to_first_paint " << paint.sinceProcessStartMs << " ms\n"
              << "startup_overdue_rows " << window.homePage()->overdueCount() << " rows\n";
    return 0;
}

int scroll(const QString &path)
{
    app::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openCasebook(path))
        return 3;
    auto cases = storage::listAll<Case>(window.session()->casebook().database());
    if (!cases || cases->empty())
        return 3;
    // The case with the most communications: in the scroll casebook there is one.
    Id caseId = 0;
    std::size_t most = 0;
    for (const auto &c : *cases) {
        auto n = storage::listWhere<Communication>(window.session()->casebook().database(), "case_id", c.id);
        if (n && n->size() >= most) {
            most = n->size();
            caseId = c.id;
        }
    }
    QElapsedTimer clock;
    clock.start();
    window.showCase(caseId);
    QApplication::processEvents();
    std::cout << "case_page_open " << clock.elapsed() << " ms\n";
    auto *tab = window.casePage()->tab(QStringLiteral("communicationsTab"));
    auto *tabs = window.casePage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    if (!tab || !tabs)
        return 3;
    clock.restart();
    tabs->setCurrentWidget(tab);
    QApplication::processEvents();
    tab->view()->viewport()->repaint();
    std::cout << "communications_tab_show " << clock.elapsed() << " ms\n";

    QTableView *view = tab->view();
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> steps;
    QElapsedTimer step;
    const QModelIndex root;
    int stuck = 0;
    while ((bar->value() < bar->maximum() || tab->model()->canFetchMore(root)) && stuck < 50) {
        const int before = bar->value();
        step.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd); // one Page Down
        QApplication::processEvents();
        view->viewport()->repaint();
        steps.push_back(double(step.nsecsElapsed()) / 1e6);
        stuck = bar->value() == before ? stuck + 1 : 0;
    }
    std::sort(steps.begin(), steps.end());
    const auto at = [&](double q) { return steps.empty() ? 0.0 : steps[std::size_t(q * double(steps.size() - 1))]; };
    std::cout << "scroll_rows " << tab->model()->rowCount() << " rows\n"
              << "scroll_steps " << steps.size() << " steps\n"
              << "scroll_step_median " << at(0.5) << " ms\n"
              << "scroll_step_p99 " << at(0.99) << " ms\n"
              << "scroll_step_max " << (steps.empty() ? 0.0 : steps.back()) << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or recent files
    QApplication app(argc, argv);
    io::setApplicationNames();
    const QStringList args = QApplication::arguments();
    if (args.size() == 3 && args[1] == QLatin1String("startup"))
        return startup(clock, args[2]);
    if (args.size() == 3 && args[1] == QLatin1String("scroll"))
        return scroll(args[2]);
    std::cerr << "usage: bench_gui startup CASEBOOK | bench_gui scroll CASEBOOK\n";
    return 1;
}
