"""Interface strings of the site in the six UN languages, and topic names from data/topics.yaml.

Each entry is a tuple in LANGS order (zh, en, fr, es, ru, ar). `t(key, lang)` picks one;
format fields (``{n}``) are filled by the caller with already-escaped values.
"""

from __future__ import annotations

from pathlib import Path

import yaml

# Same order as assistant.schemas.document.LANGS (a test checks): zh is the default language.
LANGS = ("zh", "en", "fr", "es", "ru", "ar")
LANG_NAMES = {"zh": "中文", "en": "English", "fr": "Français", "es": "Español",
              "ru": "Русский", "ar": "العربية"}
# The name of Chinese (the original language of the COP documents) in each language.
CHINESE = ("中文", "Chinese", "chinois", "chino", "китайский", "الصينية")

_S: dict[str, tuple[str, str, str, str, str, str]] = {
    "site_name": (
        "打击跨国有组织犯罪公约知识库", "UNTOC Knowledge Base",
        "Base de connaissances sur la Convention de Palerme",
        "Base de conocimientos sobre la Convención de Palermo",
        "База знаний по Палермской конвенции", "قاعدة المعارف الخاصة باتفاقية باليرمو"),
    "documents": ("文件", "Documents", "Documents", "Documentos", "Документы", "الوثائق"),
    "documents_intro": (
        "缔约方会议及相关机构的文件，逐段公布，每段均有固定锚点和引文。",
        "Documents of the Conference of the Parties and related bodies, published paragraph "
        "by paragraph, each with a stable anchor and a citation.",
        "Documents de la Conférence des Parties et d'organes connexes, publiés paragraphe par "
        "paragraphe, chacun avec une ancre stable et une référence.",
        "Documentos de la Conferencia de las Partes y de órganos conexos, publicados párrafo "
        "por párrafo, cada uno con un ancla estable y una cita.",
        "Документы Конференции участников и связанных органов, опубликованные по пунктам; "
        "у каждого пункта есть постоянная ссылка и цитата.",
        "وثائق مؤتمر الأطراف والهيئات المرتبطة به، منشورة فقرةً فقرة، ولكل فقرة رابط ثابت "
        "وإحالة مرجعية."),
    "treaties": ("条约", "Treaties", "Traités", "Tratados", "Договоры", "المعاهدات"),
    "browse": ("浏览", "Browse", "Parcourir", "Explorar", "Обзор", "تصفّح"),
    "topics": ("专题", "Topics", "Thèmes", "Temas", "Темы", "المواضيع"),
    "sessions": ("届会", "Sessions", "Sessions", "Períodos de sesiones", "Сессии", "الدورات"),
    "instruments": ("文书", "Instruments", "Instruments", "Instrumentos", "Документы-договоры",
                    "الصكوك"),
    "articles": ("条款", "Articles", "Articles", "Artículos", "Статьи", "المواد"),
    "symbol": ("文号", "Symbol", "Cote", "Signatura", "Условное обозначение", "الرمز"),
    "body": ("机构", "Body", "Organe", "Órgano", "Орган", "الهيئة"),
    "session": ("届会", "Session", "Session", "Período de sesiones", "Сессия", "الدورة"),
    "date": ("日期", "Date", "Date", "Fecha", "Дата", "التاريخ"),
    "year": ("年份", "Year", "Année", "Año", "Год", "السنة"),
    "official_copies": (
        "正式文本（六种联合国正式语文）", "Official copies (six UN languages)",
        "Versions officielles (six langues de l'ONU)",
        "Versiones oficiales (seis idiomas de las Naciones Unidas)",
        "Официальные тексты (шесть языков ООН)", "النسخ الرسمية (بلغات الأمم المتحدة الست)"),
    "official_link": (
        "联合国正式文件系统中的 {symbol}", "{symbol} in the UN Official Document System",
        "{symbol} dans le Système de diffusion électronique des documents de l'ONU",
        "{symbol} en el Sistema de Archivo de Documentos de las Naciones Unidas",
        "{symbol} в Системе официальной документации ООН",
        "{symbol} في نظام الوثائق الرسمية للأمم المتحدة"),
    "summary_unofficial": (
        "摘要（非正式）", "Summary (unofficial)", "Résumé (non officiel)",
        "Resumen (no oficial)", "Краткое изложение (неофициальное)", "ملخص (غير رسمي)"),
    "summary_note": (
        "本摘要由本站编写，不是联合国正式文本。",
        "This summary was written for this site; it is not a United Nations text.",
        "Ce résumé a été rédigé pour ce site ; ce n'est pas un texte des Nations Unies.",
        "Este resumen se redactó para este sitio; no es un texto de las Naciones Unidas.",
        "Это краткое изложение подготовлено для сайта и не является текстом ООН.",
        "أُعدّ هذا الملخص لهذا الموقع، وهو ليس نصاً من نصوص الأمم المتحدة."),
    "original_lang_note": (
        "以下案文为原文语言（{language}）。其他正式语文版本请见上方的正式文本链接。",
        "The text below is given in its original language ({language}). The other official "
        "language versions are available from the official copies linked above.",
        "Le texte ci-dessous est reproduit dans sa langue originale ({language}). Les versions "
        "dans les autres langues officielles sont accessibles par le lien ci-dessus.",
        "El texto que figura a continuación se reproduce en su idioma original ({language}). Las "
        "versiones en los demás idiomas oficiales están disponibles en el enlace anterior.",
        "Ниже текст приводится на языке оригинала ({language}). Тексты на других официальных "
        "языках доступны по ссылке выше.",
        "يرد النص أدناه بلغته الأصلية ({language}). وتتاح النسخ المحررة باللغات الرسمية الأخرى "
        "عبر الرابط الوارد أعلاه."),
    "treaty_text_note": (
        "以下为英文作准文本。六种作准文本（阿拉伯文、中文、英文、法文、俄文和西班牙文）"
        "载于联合国条约汇编。",
        "The text below is the English authentic text. The authentic texts in all six "
        "languages (Arabic, Chinese, English, French, Russian and Spanish) are in the United "
        "Nations Treaty Collection.",
        "Le texte ci-dessous est le texte authentique anglais. Les textes authentiques dans "
        "les six langues (anglais, arabe, chinois, espagnol, français et russe) figurent dans "
        "la Collection des traités des Nations Unies.",
        "El texto que figura a continuación es el texto auténtico en inglés. Los textos "
        "auténticos en los seis idiomas (árabe, chino, español, francés, inglés y ruso) "
        "figuran en la Colección de Tratados de las Naciones Unidas.",
        "Ниже приводится аутентичный текст на английском языке. Аутентичные тексты на всех "
        "шести языках (английском, арабском, испанском, китайском, русском и французском) "
        "размещены в Сборнике договоров ООН.",
        "النص أدناه هو النص الإنكليزي ذو الحجية. وترد النصوص ذات الحجية باللغات الست "
        "(الإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية) في مجموعة معاهدات "
        "الأمم المتحدة."),
    "untc_link": (
        "联合国条约汇编：{name}", "UN Treaty Collection: {name}",
        "Collection des traités des Nations Unies : {name}",
        "Colección de Tratados de las Naciones Unidas: {name}",
        "Сборник договоров ООН: {name}", "مجموعة معاهدات الأمم المتحدة: {name}"),
    "treaty_source_note": (
        "英文文本取自荷兰政府条约数据库的副本；请引用《联合国条约集》。",
        "English text from a copy in the Dutch government treaty database; cite the United "
        "Nations Treaty Series.",
        "Texte anglais tiré d'une copie de la base de données des traités du Gouvernement "
        "néerlandais ; citer le Recueil des Traités des Nations Unies.",
        "Texto en inglés tomado de una copia de la base de datos de tratados del Gobierno de "
        "los Países Bajos; cítese la Colección de Tratados de las Naciones Unidas.",
        "Английский текст взят из копии в базе данных договоров правительства Нидерландов; "
        "ссылайтесь на Сборник договоров ООН.",
        "النص الإنكليزي مأخوذ من نسخة في قاعدة بيانات المعاهدات لحكومة هولندا؛ ويُرجى الإحالة "
        "إلى مجموعة معاهدات الأمم المتحدة."),
    "cop_speaks": (
        "缔约方会议文件中提及本条之处", "Where the COP speaks of this article",
        "Où la Conférence des Parties traite de cet article",
        "Dónde se refiere la Conferencia de las Partes a este artículo",
        "Где Конференция участников говорит об этой статье",
        "مواضع تناول مؤتمر الأطراف لهذه المادة"),
    "none_yet": ("暂无。", "None so far.", "Aucun pour l'instant.", "Ninguno por ahora.",
                 "Пока нет.", "لا يوجد حتى الآن."),
    "guides": ("实务指南", "Guides", "Guides", "Guías", "Руководства", "الأدلة"),
    "guides_note": (
        "指南为本站编写的说明材料，非正式文本。",
        "Guides are explanatory material written for this site; they are not official texts.",
        "Les guides sont des documents explicatifs rédigés pour ce site ; ce ne sont pas des "
        "textes officiels.",
        "Las guías son material explicativo redactado para este sitio; no son textos oficiales.",
        "Руководства — пояснительные материалы, подготовленные для сайта; это не официальные "
        "тексты.",
        "الأدلة مواد تفسيرية أُعدّت لهذا الموقع، وليست نصوصاً رسمية."),
    "copy_citation": ("复制引文", "Copy citation", "Copier la référence", "Copiar la cita",
                      "Копировать ссылку", "نسخ الإحالة"),
    "copied": ("已复制", "Copied", "Copié", "Copiado", "Скопировано", "تم النسخ"),
    "permalink": ("本段链接", "Link to this paragraph", "Lien vers ce paragraphe",
                  "Enlace a este párrafo", "Ссылка на этот пункт", "رابط هذه الفقرة"),
    "footnotes": ("脚注", "Footnotes", "Notes", "Notas", "Сноски", "الحواشي"),
    "filter_table": ("筛选表格", "Filter the table", "Filtrer le tableau", "Filtrar la tabla",
                     "Фильтр таблицы", "تصفية الجدول"),
    "sort_hint": (
        "点击列标题可排序。", "Click a column heading to sort.",
        "Cliquez sur un en-tête de colonne pour trier.",
        "Haga clic en el encabezado de una columna para ordenar.",
        "Нажмите на заголовок столбца, чтобы отсортировать.",
        "انقر على عنوان العمود للترتيب."),
    "as_of": ("截至 {date}", "As of {date}", "Au {date}", "Al {date}", "По состоянию на {date}",
              "حتى {date}"),
    "count": ("条数", "Count", "Nombre", "Número", "Количество", "العدد"),
    "paragraphs_n": ("{n} 段", "{n} paragraphs", "{n} paragraphes", "{n} párrafos",
                     "пунктов: {n}", "{n} فقرة"),
    "article": ("第{n}条", "Article {n}", "Article {n}", "Artículo {n}", "Статья {n}",
                "المادة {n}"),
    "browse_intro": (
        "按专题、届会、文书或条款浏览全部段落。",
        "Browse every paragraph by topic, session, instrument or article.",
        "Parcourir tous les paragraphes par thème, session, instrument ou article.",
        "Explorar todos los párrafos por tema, período de sesiones, instrumento o artículo.",
        "Просмотр всех пунктов по темам, сессиям, документам-договорам или статьям.",
        "تصفّح جميع الفقرات حسب الموضوع أو الدورة أو الصك أو المادة."),
    "cop_session_n": ("缔约方会议第{n}届会议", "COP, session {n}",
                      "Conférence des Parties, {n}e session",
                      "Conferencia de las Partes, {n}.º período de sesiones",
                      "Конференция участников, {n}-я сессия", "مؤتمر الأطراف، الدورة {n}"),
    "other_documents": ("其他文件", "Other documents", "Autres documents", "Otros documentos",
                        "Другие документы", "وثائق أخرى"),
    "referred_by": ("提及次数", "References", "Mentions", "Menciones", "Упоминания",
                    "الإحالات"),
    "chat": ("问答助手", "Ask", "Poser une question", "Preguntar", "Задать вопрос", "اسأل"),
    "about": ("关于本站", "About", "À propos", "Acerca de", "О сайте", "حول الموقع"),
    "directory": ("主管机关名录", "Directory", "Répertoire", "Directorio", "Справочник",
                  "الدليل"),
    "writer": ("请求书起草", "Request writer", "Rédaction de demandes", "Redactor de solicitudes",
               "Составление просьб", "محرّر الطلبات"),
    "cop_records": ("缔约方会议文件段落", "COP paragraphs", "Paragraphes de la Conférence",
                    "Párrafos de la Conferencia", "Пункты Конференции", "فقرات المؤتمر"),
}

BODIES = {
    "cop": ("缔约方会议", "Conference of the Parties", "Conférence des Parties",
            "Conferencia de las Partes", "Конференция участников", "مؤتمر الأطراف"),
    "working_group": ("工作组", "Working group", "Groupe de travail", "Grupo de trabajo",
                      "Рабочая группа", "الفريق العامل"),
    "secretary_general": ("秘书长", "Secretary-General", "Secrétaire général",
                          "Secretario General", "Генеральный секретарь", "الأمين العام"),
    "general_assembly": ("大会", "General Assembly", "Assemblée générale", "Asamblea General",
                         "Генеральная Ассамблея", "الجمعية العامة"),
}

INSTRUMENT_NAMES = {
    "UNTOC": (
        "联合国打击跨国有组织犯罪公约",
        "United Nations Convention against Transnational Organized Crime",
        "Convention des Nations Unies contre la criminalité transnationale organisée",
        "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
        "Конвенция Организации Объединенных Наций против транснациональной организованной "
        "преступности",
        "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"),
    "TIP": (
        "关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women "
        "and Children",
        "Protocole visant à prévenir, réprimer et punir la traite des personnes, en "
        "particulier des femmes et des enfants",
        "Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente "
        "mujeres y niños",
        "Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, "
        "и наказании за нее",
        "بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال"),
    "SOM": (
        "关于打击陆、海、空偷运移民的补充议定书",
        "Protocol against the Smuggling of Migrants by Land, Sea and Air",
        "Protocole contre le trafic illicite de migrants par terre, air et mer",
        "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
        "Протокол против незаконного ввоза мигрантов по суше, морю и воздуху",
        "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو"),
    "FIREARMS": (
        "关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书",
        "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their "
        "Parts and Components and Ammunition",
        "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs "
        "pièces, éléments et munitions",
        "Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas "
        "y componentes y municiones",
        "Протокол против незаконного изготовления и оборота огнестрельного оружия, его "
        "составных частей и компонентов, а также боеприпасов к нему",
        "بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة "
        "غير مشروعة"),
}
INSTRUMENT_SHORT_NAMES = {
    "UNTOC": ("公约", "Convention", "Convention", "Convención", "Конвенция", "الاتفاقية"),
    "TIP": ("贩运人口议定书", "Trafficking in Persons Protocol",
            "Protocole relatif à la traite des personnes", "Protocolo contra la trata de personas",
            "Протокол о торговле людьми", "بروتوكول الاتجار بالأشخاص"),
    "SOM": ("偷运移民议定书", "Smuggling of Migrants Protocol",
            "Protocole relatif au trafic illicite de migrants",
            "Protocolo contra el tráfico ilícito de migrantes",
            "Протокол о незаконном ввозе мигрантов", "بروتوكول تهريب المهاجرين"),
    "FIREARMS": ("枪支议定书", "Firearms Protocol", "Protocole relatif aux armes à feu",
                 "Protocolo sobre armas de fuego", "Протокол об огнестрельном оружии",
                 "بروتوكول الأسلحة النارية"),
}


def _pick(values: tuple[str, ...], lang: str) -> str:
    return values[LANGS.index(lang)] if lang in LANGS else values[1]


def t(key: str, lang: str, **fields: object) -> str:
    text = _pick(_S[key], lang)
    return text.format(**fields) if fields else text


def body_name(body: str, lang: str) -> str:
    return _pick(BODIES[body], lang) if body in BODIES else body


def instrument_name(instrument: str, lang: str, *, short: bool = False) -> str:
    table = INSTRUMENT_SHORT_NAMES if short else INSTRUMENT_NAMES
    return _pick(table[instrument], lang) if instrument in table else instrument


def load_topic_names(data_dir: Path) -> dict[str, dict[str, str]]:
    """{slug: {lang: name}} from data/topics.yaml (owned by the parsers); {} if absent."""
    path = data_dir / "topics.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("topics", data) if isinstance(data, dict) else data
    if isinstance(entries, dict):  # {slug: {names: ...}}
        entries = [{"slug": slug, **(entry or {})} for slug, entry in entries.items()]
    names: dict[str, dict[str, str]] = {}
    for entry in entries or []:  # [{slug: ..., names: {zh: ..., ...}}, ...]
        if not isinstance(entry, dict) or "slug" not in entry:
            continue
        given = entry.get("names") or {}
        slug = str(entry["slug"])
        names[slug] = {lang: str(given.get(lang) or slug) for lang in LANGS}
    return names


def topic_name(names: dict[str, dict[str, str]], slug: str, lang: str) -> str:
    return names.get(slug, {}).get(lang) or slug.replace("-", " ")


def format_day(day, lang: str) -> str:
    """A date as the UN writes it in each language (English: 20 July 2004)."""
    from babel.dates import format_date

    return format_date(day, "long", locale="en_GB" if lang == "en" else lang)
