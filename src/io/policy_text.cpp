// The adopted BP 0520 text; see policy_text.h.
#include "policy_text.h"

#include <QFile>

#include <algorithm>
#include <cctype>

namespace casebook::io {

namespace {

std::string simplified(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char ch : text) {
        if (std::isspace(static_cast<unsigned char>(ch))) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

bool endsMidSentence(const std::string &p)
{
    return !p.empty() && std::islower(static_cast<unsigned char>(p.back()));
}

bool startsLowerCase(const std::string &p) { return !p.empty() && std::islower(static_cast<unsigned char>(p.front())); }

} // namespace

const std::string &adoptedPolicyText()
{
    static const std::string text = [] {
        QFile file(QStringLiteral(":/policy/BP0520.txt"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
    }();
    return text;
}

const std::vector<std::string> &policyParagraphs()
{
    static const std::vector<std::string> paragraphs = [] {
        std::vector<std::string> out;
        const std::string &text = adoptedPolicyText();
        std::size_t start = 0;
        while (start < text.size()) {
            // A paragraph ends at a line that holds only white space.
            std::size_t end = start;
            std::string current;
            while (end < text.size()) {
                const std::size_t eol = std::min(text.find('\n', end), text.size());
                const std::string_view line(text.data() + end, eol - end);
                end = eol + 1;
                if (simplified(line).empty() && !current.empty())
                    break;
                // A numbered item ("1. Identifying ...") is a paragraph of its own.
                const std::string item = simplified(line);
                if (!current.empty() && item.size() > 2 && std::isdigit(static_cast<unsigned char>(item[0])) &&
                    item[1] == '.' && item[2] == ' ') {
                    end -= line.size() + 1;
                    break;
                }
                current += std::string(line) + "\n";
            }
            const std::string p = simplified(current);
            if (!p.empty()) {
                if (!out.empty() && endsMidSentence(out.back()) && startsLowerCase(p))
                    out.back() += " " + p;
                else
                    out.push_back(p);
            }
            start = end;
        }
        return out;
    }();
    return paragraphs;
}

const std::vector<PolicyClause> &policyClauses()
{
    static const std::vector<PolicyClause> clauses{
        {"request", "At its discretion, the Board may submit", "Technical-assistance request (Ed Code 52071(a))"},
        {"required", "In the event that the County Superintendent requires",
         "Required technical assistance (Ed Code 52071(c), 52064.5)"},
        {"partner", "The district may, at its own expense", "Service-provider partners (Ed Code 52071)"},
        {"ccee", "The district shall consider any recommendations",
         "CCEE recommendations (Ed Code 52071, 52072, 52074)"},
        {"spi", "If the Superintendent of Public Instruction", "SPI intervention (Ed Code 52072.1)"},
        {"plans", "In addition, any school identified by CDE", "CSI / TSI / ATSI school plans (20 USC 6311(d))"},
    };
    return clauses;
}

std::vector<std::string> policyClause(std::string_view anchor)
{
    const auto &clauses = policyClauses();
    const auto clause = std::find_if(clauses.begin(), clauses.end(), [&](const PolicyClause &c) { return c.anchor == anchor; });
    if (clause == clauses.end())
        return {};
    const auto startsAnyClause = [&](const std::string &p) {
        return p.starts_with("Policy Reference Disclaimer") ||
               std::any_of(clauses.begin(), clauses.end(), [&](const PolicyClause &c) { return p.starts_with(c.startsWith); });
    };
    std::vector<std::string> out;
    for (const auto &p : policyParagraphs()) {
        if (out.empty()) {
            if (p.starts_with(clause->startsWith))
                out.push_back(p);
        } else if (startsAnyClause(p)) {
            break;
        } else {
            out.push_back(p);
        }
    }
    return out;
}

} // namespace casebook::io
