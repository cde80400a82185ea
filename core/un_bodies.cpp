#include "core/un_bodies.hpp"

#include <array>

namespace paragraf::core {
namespace {

struct BodyName {
    std::string_view code;
    std::string_view en;
    std::string_view ru;
};

// The names as the bodies' own documents print them on their title pages.
constexpr std::array<BodyName, 14> kBodies{{
    {"CESCR", "Committee on Economic, Social and Cultural Rights",
     "Комитет по экономическим, социальным и культурным правам"},
    {"CCPR", "Human Rights Committee", "Комитет по правам человека"},
    {"CEDAW", "Committee on the Elimination of Discrimination against Women",
     "Комитет по ликвидации дискриминации в отношении женщин"},
    {"CRC", "Committee on the Rights of the Child", "Комитет по правам ребенка"},
    {"CAT", "Committee against Torture", "Комитет против пыток"},
    {"CERD", "Committee on the Elimination of Racial Discrimination",
     "Комитет по ликвидации расовой дискриминации"},
    {"CRPD", "Committee on the Rights of Persons with Disabilities", "Комитет по правам инвалидов"},
    {"CMW",
     "Committee on the Protection of the Rights of All Migrant Workers and Members of Their "
     "Families",
     "Комитет по защите прав всех трудящихся-мигрантов и членов их семей"},
    {"CED", "Committee on Enforced Disappearances", "Комитет по насильственным исчезновениям"},
    {"SPT",
     "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or "
     "Punishment",
     "Подкомитет по предупреждению пыток и других жестоких, бесчеловечных или унижающих "
     "достоинство видов обращения и наказания"},
    {"HRC", "Human Rights Council", "Совет по правам человека"},
    {"UPR", "Working Group on the Universal Periodic Review",
     "Рабочая группа по универсальному периодическому обзору"},
    {"GA", "General Assembly", "Генеральная Ассамблея"},
    {"ECOSOC", "Economic and Social Council", "Экономический и Социальный Совет"},
}};

}  // namespace

std::string un_body_name(std::string_view code, std::string_view lang) {
    for (const BodyName& b : kBodies)
        if (b.code == code) return std::string(lang == "ru" ? b.ru : b.en);
    return {};
}

}  // namespace paragraf::core
