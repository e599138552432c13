"""Labels of the directory pages in the six languages (UN terminology where it exists)."""

from __future__ import annotations

LANGS = ("zh", "en", "fr", "es", "ru", "ar")

_S: dict[str, dict[str, str]] = {
    "title": {
        "zh": "国家主管机关名录",
        "en": "Directory of competent national authorities",
        "fr": "Répertoire des autorités nationales compétentes",
        "es": "Directorio de autoridades nacionales competentes",
        "ru": "Справочник компетентных национальных органов",
        "ar": "دليل السلطات الوطنية المختصة",
    },
    "intro": {
        "zh": "《联合国打击跨国有组织犯罪公约》及其议定书下各国指定的主管机关和缔约状况。"
              "每项信息均注明来源、截至日期和可靠性；指定经常变更，使用前请核对联合国条约集。",
        "en": "Authorities designated by States under the United Nations Convention against "
              "Transnational Organized Crime and its Protocols, and each State's status. Every "
              "fact shows its source, as-of date and reliability; designations change, so check "
              "the UN Treaty Collection before relying on one.",
        "fr": "Autorités désignées par les États en vertu de la Convention des Nations Unies "
              "contre la criminalité transnationale organisée et de ses Protocoles, et situation "
              "de chaque État. Chaque information indique sa source, sa date et sa fiabilité ; "
              "les désignations changent : vérifiez la Collection des traités des Nations Unies.",
        "es": "Autoridades designadas por los Estados en virtud de la Convención de las Naciones "
              "Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos, y la "
              "situación de cada Estado. Cada dato indica su fuente, fecha y fiabilidad; las "
              "designaciones cambian: verifique la Colección de Tratados de las Naciones Unidas.",
        "ru": "Органы, назначенные государствами в соответствии с Конвенцией Организации "
              "Объединенных Наций против транснациональной организованной преступности и "
              "протоколами к ней, и статус каждого государства. Для каждого сведения указаны "
              "источник, дата и надежность; назначения меняются — сверяйтесь с Собранием "
              "договоров ООН.",
        "ar": "السلطات التي عيّنتها الدول بموجب اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة "
              "عبر الوطنية والبروتوكولات الملحقة بها، ووضع كل دولة. تُذكر مع كل معلومة مصدرُها "
              "وتاريخها ومدى موثوقيتها؛ والتعيينات تتغير، فيُرجى التحقق من "
              "مجموعة معاهدات الأمم المتحدة.",
    },
    "state": {"zh": "国家", "en": "State", "fr": "État", "es": "Estado", "ru": "Государство",
              "ar": "الدولة"},
    "region": {"zh": "区域组", "en": "Regional group", "fr": "Groupe régional",
               "es": "Grupo regional", "ru": "Региональная группа", "ar": "المجموعة الإقليمية"},
    "all": {"zh": "全部", "en": "All", "fr": "Tous", "es": "Todos", "ru": "Все", "ar": "الكل"},
    "party": {"zh": "缔约方", "en": "Party", "fr": "Partie", "es": "Parte", "ru": "Участник",
              "ar": "طرف"},
    "signatory": {"zh": "签署国", "en": "Signatory", "fr": "Signataire", "es": "Signatario",
                  "ru": "Подписавшее", "ar": "موقِّعة"},
    "no_record": {"zh": "无记录", "en": "No record", "fr": "Aucune donnée",
                  "es": "Sin datos", "ru": "Нет данных", "ar": "لا سجل"},
    "has_ca": {"zh": "有中央机关", "en": "Central authority", "fr": "Autorité centrale",
               "es": "Autoridad central", "ru": "Центральный орган", "ar": "سلطة مركزية"},
    "yes": {"zh": "是", "en": "Yes", "fr": "Oui", "es": "Sí", "ru": "Да", "ar": "نعم"},
    "no": {"zh": "否", "en": "No", "fr": "Non", "es": "No", "ru": "Нет", "ar": "لا"},
    "last_updated": {"zh": "最后更新", "en": "Last updated", "fr": "Dernière mise à jour",
                     "es": "Última actualización", "ru": "Последнее обновление",
                     "ar": "آخر تحديث"},
    "sort_updated": {"zh": "按最后更新排序", "en": "Sort by last update",
                     "fr": "Trier par date de mise à jour", "es": "Ordenar por actualización",
                     "ru": "Сортировать по обновлению", "ar": "الترتيب حسب آخر تحديث"},
    "print": {"zh": "打印", "en": "Print", "fr": "Imprimer", "es": "Imprimir",
              "ru": "Печать", "ar": "طباعة"},
    "shown": {"zh": "显示的国家数", "en": "States shown", "fr": "États affichés",
              "es": "Estados mostrados", "ru": "Показано государств", "ar": "الدول المعروضة"},
    "filters": {"zh": "筛选", "en": "Filters", "fr": "Filtres", "es": "Filtros",
                "ru": "Фильтры", "ar": "عوامل التصفية"},
    "names": {"zh": "六种语文名称", "en": "Names in the six languages",
              "fr": "Noms dans les six langues", "es": "Nombres en los seis idiomas",
              "ru": "Названия на шести языках", "ar": "الأسماء باللغات الست"},
    "aliases": {"zh": "来源中的旧称", "en": "Names used in older sources",
                "fr": "Noms utilisés dans des sources anciennes",
                "es": "Nombres usados en fuentes antiguas",
                "ru": "Названия в прежних источниках", "ar": "أسماء مستخدمة في مصادر أقدم"},
    "status": {"zh": "缔约状况", "en": "Status", "fr": "Situation", "es": "Situación",
               "ru": "Статус", "ar": "الوضع"},
    "instrument": {"zh": "文书", "en": "Instrument", "fr": "Instrument", "es": "Instrumento",
                   "ru": "Документ", "ar": "الصك"},
    "signature": {"zh": "签署", "en": "Signature", "fr": "Signature", "es": "Firma",
                  "ru": "Подписание", "ar": "التوقيع"},
    "consent": {"zh": "批准/加入等", "en": "Consent to be bound",
                "fr": "Consentement à être lié", "es": "Consentimiento en obligarse",
                "ru": "Согласие на обязательность", "ar": "الموافقة على الالتزام"},
    "type": {"zh": "方式", "en": "Type", "fr": "Type", "es": "Tipo", "ru": "Форма",
             "ar": "النوع"},
    "as_of": {"zh": "截至", "en": "As of", "fr": "À la date du", "es": "Al",
              "ru": "По состоянию на",
              "ar": "حتى تاريخ"},
    "source": {"zh": "来源", "en": "Source", "fr": "Source", "es": "Fuente", "ru": "Источник",
               "ar": "المصدر"},
    "reliability": {"zh": "可靠性", "en": "Reliability", "fr": "Fiabilité", "es": "Fiabilidad",
                    "ru": "Надежность", "ar": "الموثوقية"},
    "older_facts": {"zh": "较早的记录", "en": "Earlier readings", "fr": "Relevés antérieurs",
                    "es": "Lecturas anteriores", "ru": "Более ранние данные",
                    "ar": "قراءات سابقة"},
    "authorities": {"zh": "主管机关", "en": "Competent authorities",
                    "fr": "Autorités compétentes", "es": "Autoridades competentes",
                    "ru": "Компетентные органы", "ar": "السلطات المختصة"},
    "role": {"zh": "职能", "en": "Role", "fr": "Fonction", "es": "Función", "ru": "Функция",
             "ar": "الدور"},
    "name": {"zh": "名称（按来源原文）", "en": "Name (as written in the source)",
             "fr": "Nom (tel qu'écrit dans la source)",
             "es": "Nombre (tal como figura en la fuente)",
             "ru": "Название (как в источнике)", "ar": "الاسم (كما ورد في المصدر)"},
    "address": {"zh": "地址", "en": "Address", "fr": "Adresse", "es": "Dirección", "ru": "Адрес",
                "ar": "العنوان"},
    "phone": {"zh": "电话", "en": "Telephone", "fr": "Téléphone", "es": "Teléfono",
              "ru": "Телефон", "ar": "الهاتف"},
    "fax": {"zh": "传真", "en": "Fax", "fr": "Télécopie", "es": "Fax", "ru": "Факс",
            "ar": "الفاكس"},
    "email": {"zh": "电子邮件", "en": "Email", "fr": "Courriel", "es": "Correo electrónico",
              "ru": "Электронная почта", "ar": "البريد الإلكتروني"},
    "website": {"zh": "网站", "en": "Website", "fr": "Site web", "es": "Sitio web",
                "ru": "Веб-сайт",
                "ar": "الموقع الشبكي"},
    "hours": {"zh": "办公时间", "en": "Office hours", "fr": "Heures d'ouverture",
              "es": "Horario", "ru": "Часы работы", "ar": "ساعات العمل"},
    "time_zone": {"zh": "时区", "en": "Time zone", "fr": "Fuseau horaire", "es": "Huso horario",
                  "ru": "Часовой пояс", "ar": "المنطقة الزمنية"},
    "languages": {"zh": "接受的语文", "en": "Languages accepted", "fr": "Langues acceptées",
                  "es": "Idiomas aceptados", "ru": "Приемлемые языки", "ar": "اللغات المقبولة"},
    "channels": {"zh": "渠道", "en": "Channels", "fr": "Voies de transmission",
                 "es": "Vías de transmisión", "ru": "Каналы", "ar": "القنوات"},
    "legal_requirements": {"zh": "法律要求", "en": "Legal requirements",
                           "fr": "Conditions juridiques", "es": "Requisitos jurídicos",
                           "ru": "Правовые требования", "ar": "المتطلبات القانونية"},
    "laws": {"zh": "法律", "en": "Laws", "fr": "Lois", "es": "Leyes", "ru": "Законы",
             "ar": "القوانين"},
    "treaties": {"zh": "条约", "en": "Treaties", "fr": "Traités", "es": "Tratados",
                 "ru": "Договоры", "ar": "المعاهدات"},
    "notes": {"zh": "说明", "en": "Notes", "fr": "Notes", "es": "Notas", "ru": "Примечания",
              "ar": "ملاحظات"},
    "verbatim": {"zh": "原文（未翻译）", "en": "Text as published (not translated)",
                 "fr": "Texte tel que publié (non traduit)",
                 "es": "Texto tal como se publicó (sin traducir)",
                 "ru": "Текст в опубликованном виде (без перевода)",
                 "ar": "النص كما نُشر (دون ترجمة)"},
    "original_language": {"zh": "原文语文", "en": "original language", "fr": "langue originale",
                          "es": "idioma original", "ru": "язык оригинала", "ar": "لغة الأصل"},
    "declarations": {"zh": "声明和通知", "en": "Declarations and notifications",
                     "fr": "Déclarations et notifications", "es": "Declaraciones y notificaciones",
                     "ru": "Заявления и уведомления", "ar": "الإعلانات والإخطارات"},
    "no_designation": {"zh": "无指定记录", "en": "No designation on record",
                       "fr": "Aucune désignation enregistrée",
                       "es": "No consta ninguna designación", "ru": "Сведений о назначении нет",
                       "ar": "لا يوجد تعيين مسجَّل"},
    "no_designation_help": {
        "zh": "本名录所读来源中没有该国指定的机关。这并不表示该国未作指定。",
        "en": "The sources read for this directory contain no authority designated by this "
              "State. That does not mean the State has designated none.",
        "fr": "Les sources lues pour ce répertoire ne contiennent aucune autorité désignée par "
              "cet État, ce qui ne signifie pas qu'il n'en a désigné aucune.",
        "es": "Las fuentes consultadas para este directorio no contienen ninguna autoridad "
              "designada por este Estado, lo que no significa que no haya designado ninguna.",
        "ru": "В источниках, использованных для справочника, нет органов, назначенных этим "
              "государством. Это не означает, что оно их не назначало.",
        "ar": "لا تتضمن المصادر التي قُرئت لهذا الدليل أي سلطة عيّنتها هذه الدولة، "
              "وهذا لا يعني أنها لم تعيّن أي سلطة.",
    },
    "submit_link": {"zh": "提交或更新本国条目", "en": "Submit or update your State's entry",
                    "fr": "Soumettre ou mettre à jour l'entrée de votre État",
                    "es": "Presentar o actualizar la entrada de su Estado",
                    "ru": "Представить или обновить сведения о вашем государстве",
                    "ar": "تقديم بيانات دولتكم أو تحديثها"},
    "no_status": {"zh": "所读来源中无该文书的状况记录。",
                  "en": "No status row read for this instrument.",
                  "fr": "Aucune donnée lue pour cet instrument.",
                  "es": "No se leyó ningún dato para este instrumento.",
                  "ru": "Данные по этому документу не прочитаны.",
                  "ar": "لم تُقرأ بيانات عن هذا الصك."},
    "back": {"zh": "返回名录", "en": "Back to the directory", "fr": "Retour au répertoire",
             "es": "Volver al directorio", "ru": "Назад к справочнику", "ar": "العودة إلى الدليل"},
    "charts": {"zh": "图表", "en": "Charts", "fr": "Graphiques", "es": "Gráficos",
               "ru": "Диаграммы", "ar": "رسوم بيانية"},
    "map_title": {"zh": "缔约状况地图：{instrument}（截至 {as_of}）",
                  "en": "Status map: {instrument} (as of {as_of})",
                  "fr": "Carte de la situation : {instrument} (au {as_of})",
                  "es": "Mapa de la situación: {instrument} (al {as_of})",
                  "ru": "Карта статуса: {instrument} (по состоянию на {as_of})",
                  "ar": "خريطة الوضع: {instrument} (حتى {as_of})"},
    "timeline_title": {"zh": "缔约方数目（按同意受约束日期）",
                       "en": "Number of parties over time (by date of consent)",
                       "fr": "Nombre de Parties dans le temps (date du consentement)",
                       "es": "Número de Partes a lo largo del tiempo (fecha del consentimiento)",
                       "ru": "Число участников по годам (по дате согласия)",
                       "ar": "عدد الأطراف عبر الزمن (حسب تاريخ الموافقة)"},
    "chart_caveat": {
        "zh": "仅依据本名录所读的状况记录，完整程度以其为限：四项文书均采用 A/59/204 附件"
              "（截至 2004 年 7 月 20 日），部分国家另有联合国条约集记录（公约截至 {untoc_as_of}；"
              "《偷运移民议定书》为 2014 年或以后）。图中“无记录”不表示非缔约方。",
        "en": "Built only from the status rows read for this directory and only as complete as "
              "they are: the A/59/204 annex (as of 20 July 2004) for all four instruments, plus "
              "UN Treaty Collection rows for some States (UNTOC as of {untoc_as_of}; Smuggling "
              "of Migrants Protocol 2014 or later). \"No record\" does not mean not a party.",
        "fr": "Établi uniquement à partir des données lues pour ce répertoire, et seulement aussi "
              "complet qu'elles : annexe de A/59/204 (au 20 juillet 2004) pour les quatre "
              "instruments, et données de la Collection des traités pour certains États "
              "(Convention au {untoc_as_of} ; Protocole relatif aux migrants : 2014 ou après). "
              "« Aucune donnée » ne signifie pas que l'État n'est pas partie.",
        "es": "Elaborado solo con los datos de situación leídos para este directorio y tan "
              "completo como ellos: anexo de A/59/204 (al 20 de julio de 2004) para los cuatro "
              "instrumentos y datos de la Colección de Tratados para algunos Estados (Convención "
              "al {untoc_as_of}; Protocolo sobre migrantes: 2014 o después). «Sin datos» no "
              "significa que el Estado no sea parte.",
        "ru": "Построено только по данным о статусе, прочитанным для справочника, и полно "
              "настолько, насколько полны они: приложение к A/59/204 (на 20 июля 2004 года) по "
              "всем четырем документам и данные Собрания договоров ООН по некоторым государствам "
              "(Конвенция — на {untoc_as_of}; Протокол о мигрантах — 2014 год или позднее). "
              "«Нет данных» не означает, что государство не является участником.",
        "ar": "أُعدّ فقط من بيانات الوضع التي قُرئت لهذا الدليل، وهو كامل بقدر اكتمالها: مرفق "
              "الوثيقة A/59/204 (حتى 20 تموز/يوليه 2004) للصكوك الأربعة، وبيانات مجموعة "
              "المعاهدات لبعض الدول (الاتفاقية حتى {untoc_as_of}؛ بروتوكول المهاجرين 2014 أو "
              "بعده). و«لا سجل» لا يعني أن الدولة ليست طرفاً.",
    },
    "submit_title": {"zh": "提交或更新国家条目", "en": "Submitting or updating a State's entry",
                     "fr": "Soumettre ou mettre à jour l'entrée d'un État",
                     "es": "Presentar o actualizar la entrada de un Estado",
                     "ru": "Представление и обновление сведений о государстве",
                     "ar": "تقديم بيانات دولة أو تحديثها"},
    "not_a_group_member": {"zh": "—", "en": "—", "fr": "—", "es": "—", "ru": "—", "ar": "—"},
    "restricted": {"zh": "限制访问", "en": "restricted", "fr": "accès restreint",
                   "es": "acceso restringido", "ru": "ограниченный доступ", "ar": "مقيَّد"},
}

ROLE_LABELS: dict[str, dict[str, str]] = {
    "central_authority_mla": {
        "zh": "司法协助中央机关（《公约》第十八条第十三款）",
        "en": "Central authority for mutual legal assistance (UNTOC, art. 18(13))",
        "fr": "Autorité centrale pour l'entraide judiciaire (Convention, art. 18, par. 13)",
        "es": "Autoridad central de asistencia judicial recíproca (Convención, art. 18, párr. 13)",
        "ru": "Центральный орган по взаимной правовой помощи (Конвенция, ст. 18, п. 13)",
        "ar": "السلطة المركزية للمساعدة القانونية المتبادلة (الاتفاقية، المادة 18، الفقرة 13)",
    },
    "extradition": {
        "zh": "引渡主管机关（《公约》第十六条）", "en": "Extradition authority (UNTOC, art. 16)",
        "fr": "Autorité chargée de l'extradition (Convention, art. 16)",
        "es": "Autoridad de extradición (Convención, art. 16)",
        "ru": "Орган по выдаче (Конвенция, ст. 16)",
        "ar": "سلطة تسليم المطلوبين (الاتفاقية، المادة 16)",
    },
    "transfer_sentenced": {
        "zh": "被判刑人移交主管机关（《公约》第十七条）",
        "en": "Transfer of sentenced persons (UNTOC, art. 17)",
        "fr": "Transfèrement des personnes condamnées (Convention, art. 17)",
        "es": "Traslado de personas condenadas (Convención, art. 17)",
        "ru": "Передача осужденных лиц (Конвенция, ст. 17)",
        "ar": "نقل الأشخاص المحكوم عليهم (الاتفاقية، المادة 17)",
    },
    "som_authority": {
        "zh": "海上偷运移民请求主管机关（《移民议定书》第8条第6款）",
        "en": "Authority for requests at sea (Smuggling of Migrants Protocol, art. 8(6))",
        "fr": "Autorité pour les demandes en mer (Protocole relatif aux migrants, art. 8, par. 6)",
        "es": "Autoridad para solicitudes en el mar (Protocolo sobre migrantes, art. 8, párr. 6)",
        "ru": "Орган по запросам на море (Протокол о мигрантах, ст. 8, п. 6)",
        "ar": "السلطة المعنية بالطلبات في البحر (بروتوكول المهاجرين، المادة 8، الفقرة 6)",
    },
    "firearms_contact": {
        "zh": "联络点（《枪支议定书》第13条第2款）",
        "en": "Point of contact (Firearms Protocol, art. 13(2))",
        "fr": "Point de contact (Protocole relatif aux armes à feu, art. 13, par. 2)",
        "es": "Punto de contacto (Protocolo sobre armas de fuego, art. 13, párr. 2)",
        "ru": "Контактный орган (Протокол об огнестрельном оружии, ст. 13, п. 2)",
        "ar": "جهة الاتصال (بروتوكول الأسلحة النارية، المادة 13، الفقرة 2)",
    },
    "other": {"zh": "其他主管机关", "en": "Other competent authority",
              "fr": "Autre autorité compétente", "es": "Otra autoridad competente",
              "ru": "Иной компетентный орган", "ar": "سلطة مختصة أخرى"},
}

DECLARATION_LABELS: dict[str, dict[str, str]] = {
    "languages": {"zh": "可接受的语文（第十八条第十四款）",
                  "en": "Acceptable languages (art. 18(14))",
                  "fr": "Langues acceptables (art. 18, par. 14)",
                  "es": "Idiomas aceptables (art. 18, párr. 14)",
                  "ru": "Приемлемые языки (ст. 18, п. 14)",
                  "ar": "اللغات المقبولة (المادة 18، الفقرة 14)"},
    "extradition_treaty_basis": {
        "zh": "以《公约》为引渡法律依据（第十六条第五款）",
        "en": "The Convention as legal basis for extradition (art. 16(5))",
        "fr": "La Convention comme base légale de l'extradition (art. 16, par. 5)",
        "es": "La Convención como base jurídica de la extradición (art. 16, párr. 5)",
        "ru": "Конвенция как правовое основание выдачи (ст. 16, п. 5)",
        "ar": "الاتفاقية أساساً قانونياً لتسليم المطلوبين (المادة 16، الفقرة 5)"},
    "designation": {"zh": "指定（机关名称在所读副本中不完整）",
                    "en": "Designation (authority name incomplete in the copy read)",
                    "fr": "Désignation (nom de l'autorité incomplet dans la copie lue)",
                    "es": "Designación (nombre de la autoridad incompleto en la copia leída)",
                    "ru": "Назначение (название органа в прочитанной копии неполное)",
                    "ar": "تعيين (اسم السلطة غير مكتمل في النسخة المقروءة)"},
    "other": {"zh": "其他声明", "en": "Other declaration", "fr": "Autre déclaration",
              "es": "Otra declaración", "ru": "Иное заявление", "ar": "إعلان آخر"},
}

INSTRUMENT_LABELS: dict[str, dict[str, str]] = {
    "UNTOC": {"zh": "有组织犯罪公约", "en": "UNTOC", "fr": "Convention (UNTOC)",
              "es": "Convención (UNTOC)", "ru": "Конвенция (ТОП)", "ar": "الاتفاقية"},
    "TIP": {"zh": "贩运人口议定书", "en": "Trafficking in Persons Protocol",
            "fr": "Protocole relatif à la traite des personnes",
            "es": "Protocolo sobre la trata de personas", "ru": "Протокол о торговле людьми",
            "ar": "بروتوكول الاتجار بالأشخاص"},
    "SOM": {"zh": "偷运移民议定书", "en": "Smuggling of Migrants Protocol",
            "fr": "Protocole relatif au trafic illicite de migrants",
            "es": "Protocolo sobre el tráfico ilícito de migrantes",
            "ru": "Протокол о незаконном ввозе мигрантов", "ar": "بروتوكول تهريب المهاجرين"},
    "FIREARMS": {"zh": "枪支议定书", "en": "Firearms Protocol",
                 "fr": "Protocole relatif aux armes à feu", "es": "Protocolo sobre armas de fuego",
                 "ru": "Протокол об огнестрельном оружии", "ar": "بروتوكول الأسلحة النارية"},
}

CONSENT_LABELS: dict[str, dict[str, str]] = {
    "ratification": {"zh": "批准", "en": "ratification", "fr": "ratification",
                     "es": "ratificación", "ru": "ратификация", "ar": "تصديق"},
    "accession": {"zh": "加入", "en": "accession", "fr": "adhésion", "es": "adhesión",
                  "ru": "присоединение", "ar": "انضمام"},
    "acceptance": {"zh": "接受", "en": "acceptance", "fr": "acceptation", "es": "aceptación",
                   "ru": "принятие", "ar": "قبول"},
    "approval": {"zh": "核准", "en": "approval", "fr": "approbation", "es": "aprobación",
                 "ru": "утверждение", "ar": "موافقة"},
    "succession": {"zh": "继承", "en": "succession", "fr": "succession", "es": "sucesión",
                   "ru": "правопреемство", "ar": "خلافة"},
    "unspecified": {"zh": "批准、接受或核准（来源未区分）",
                    "en": "ratification, acceptance or approval (not distinguished in the source)",
                    "fr": "ratification, acceptation ou approbation (non précisé dans la source)",
                    "es": "ratificación, aceptación o aprobación (no se precisa en la fuente)",
                    "ru": "ратификация, принятие или утверждение (в источнике не уточняется)",
                    "ar": "تصديق أو قبول أو موافقة (لم يحدَّد في المصدر)"},
}

REGION_LABELS: dict[str, dict[str, str]] = {
    "African": {"zh": "非洲国家组", "en": "African States", "fr": "États d'Afrique",
                "es": "Estados de África", "ru": "Группа африканских государств",
                "ar": "الدول الأفريقية"},
    "Asia-Pacific": {"zh": "亚洲及太平洋国家组", "en": "Asia-Pacific States",
                     "fr": "États d'Asie et du Pacifique", "es": "Estados de Asia y el Pacífico",
                     "ru": "Группа азиатско-тихоокеанских государств",
                     "ar": "دول آسيا والمحيط الهادئ"},
    "Eastern European": {"zh": "东欧国家组", "en": "Eastern European States",
                         "fr": "États d'Europe orientale", "es": "Estados de Europa Oriental",
                         "ru": "Группа восточноевропейских государств",
                         "ar": "دول أوروبا الشرقية"},
    "Latin American and Caribbean": {
        "zh": "拉丁美洲和加勒比国家组", "en": "Latin American and Caribbean States",
        "fr": "États d'Amérique latine et des Caraïbes",
        "es": "Estados de América Latina y el Caribe",
        "ru": "Группа государств Латинской Америки и Карибского бассейна",
        "ar": "دول أمريكا اللاتينية ومنطقة البحر الكاريبي"},
    "Western European and Others": {
        "zh": "西欧和其他国家组", "en": "Western European and other States",
        "fr": "États d'Europe occidentale et autres États",
        "es": "Estados de Europa Occidental y otros Estados",
        "ru": "Группа западноевропейских и других государств",
        "ar": "دول أوروبا الغربية ودول أخرى"},
}

CHANNEL_LABELS: dict[str, dict[str, str]] = {
    "diplomatic": {"zh": "外交渠道", "en": "diplomatic channels", "fr": "voie diplomatique",
                   "es": "vía diplomática", "ru": "дипломатические каналы",
                   "ar": "القنوات الدبلوماسية"},
    "direct": {"zh": "直接递送", "en": "direct transmission", "fr": "transmission directe",
               "es": "transmisión directa", "ru": "прямая передача", "ar": "الإحالة المباشرة"},
    "interpol": {"zh": "国际刑警组织", "en": "INTERPOL", "fr": "INTERPOL", "es": "INTERPOL",
                 "ru": "Интерпол", "ar": "الإنتربول"},
}


def t(key: str, lang: str, **values: str) -> str:
    text = _S[key][lang]
    return text.format(**values) if values else text


def label(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    return table[key][lang]
