"""Headings, labels and messages of the request writer in the six UN languages.

One table serves the DOCX/Markdown renderers, the validator's messages and the browser form
(served by GET /api/requests/form). Each value lists the text in LANGS order:
zh, en, fr, es, ru, ar. The user's own text is never translated.
"""

from __future__ import annotations

from assistant.schemas.request import LANGS

_T: dict[str, tuple[str, str, str, str, str, str]] = {
    # --- document frame ---
    "doc.title": ("司法协助请求", "Request for mutual legal assistance",
                  "Demande d'entraide judiciaire", "Solicitud de asistencia judicial recíproca",
                  "Просьба об оказании взаимной правовой помощи", "طلب مساعدة قانونية متبادلة"),
    "doc.subtitle": ("依据《联合国打击跨国有组织犯罪公约》第十八条",
                     "under article 18 of the United Nations Convention against Transnational "
                     "Organized Crime",
                     "au titre de l'article 18 de la Convention des Nations Unies contre la "
                     "criminalité transnationale organisée",
                     "con arreglo al artículo 18 de la Convención de las Naciones Unidas contra "
                     "la Delincuencia Organizada Transnacional",
                     "в соответствии со статьей 18 Конвенции Организации Объединенных Наций "
                     "против транснациональной организованной преступности",
                     "بموجب المادة 18 من اتفاقية الأمم المتحدة "
                     "لمكافحة الجريمة المنظمة عبر الوطنية"),
    "doc.to": ("致", "To", "Destinataire", "Destinatario", "Кому", "إلى"),
    "doc.from": ("发件机关", "From", "Expéditeur", "Remitente", "От", "من"),
    "doc.reference": ("编号", "Reference", "Référence", "Referencia", "Номер", "المرجع"),
    "doc.date": ("日期", "Date", "Date", "Fecha", "Дата", "التاريخ"),
    "doc.central_authority_of": ("{state}中央机关", "Central authority of {state}",
                                 "Autorité centrale de l'État : {state}",
                                 "Autoridad central del Estado: {state}",
                                 "Центральный орган государства: {state}",
                                 "السلطة المركزية للدولة: {state}"),
    "doc.directory_source": ("来源：{source}（截至 {date}）", "Source: {source} (as of {date})",
                             "Source : {source} (au {date})", "Fuente: {source} (al {date})",
                             "Источник: {source} (по состоянию на {date})",
                             "المصدر: {source} (حتى {date})"),
    "doc.not_given": ("（未填写）", "(not given)", "(non indiqué)", "(no indicado)",
                      "(не указано)", "(غير مذكور)"),
    "doc.yes": ("是", "Yes", "Oui", "Sí", "Да", "نعم"),
    "doc.no": ("否", "No", "Non", "No", "Нет", "لا"),
    "doc.legal_basis_text": (
        "本请求依据《联合国打击跨国有组织犯罪公约》第十八条提出，特别是第十八条第三款"
        "（协助类型）、第十三款（中央机关）、第十四款（语文）、第十五款（请求内容）、"
        "第十七款（执行程序）、第十九款（使用限制）、第二十款（保密）和第二十四款（期限）。",
        "This request is made under article 18 of the United Nations Convention against "
        "Transnational Organized Crime, in particular paragraphs 3 (types of assistance), 13 "
        "(central authorities), 14 (language), 15 (contents of the request), 17 (procedure), "
        "19 (limitation on use), 20 (confidentiality) and 24 (deadlines).",
        "La présente demande est présentée au titre de l'article 18 de la Convention des "
        "Nations Unies contre la criminalité transnationale organisée, notamment ses "
        "paragraphes 3 (types d'entraide), 13 (autorités centrales), 14 (langue), 15 (contenu "
        "de la demande), 17 (procédure), 19 (limitation de l'usage), 20 (confidentialité) "
        "et 24 (délais).",
        "La presente solicitud se formula con arreglo al artículo 18 de la Convención de las "
        "Naciones Unidas contra la Delincuencia Organizada Transnacional, en particular sus "
        "párrafos 3 (tipos de asistencia), 13 (autoridades centrales), 14 (idioma), 15 "
        "(contenido de la solicitud), 17 (procedimiento), 19 (limitación del uso), 20 "
        "(confidencialidad) y 24 (plazos).",
        "Настоящая просьба направляется в соответствии со статьей 18 Конвенции Организации "
        "Объединенных Наций против транснациональной организованной преступности, в "
        "частности ее пунктами 3 (виды помощи), 13 (центральные органы), 14 (язык), 15 "
        "(содержание просьбы), 17 (процедура), 19 (ограничение использования), 20 "
        "(конфиденциальность) и 24 (сроки).",
        "يقدَّم هذا الطلب بموجب المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة "
        "عبر الوطنية، ولا سيما الفقرات 3 (أنواع المساعدة) و13 (السلطات المركزية) و14 (اللغة) "
        "و15 (محتوى الطلب) و17 (الإجراءات) و19 (تقييد الاستخدام) و20 (السرية) و24 (المهل)."),
    "doc.not_invoked": ("本请求未援引《公约》作为法律依据。",
                        "The Convention is not invoked as the legal basis of this request.",
                        "La Convention n'est pas invoquée comme base juridique de la demande.",
                        "No se invoca la Convención como base jurídica de la solicitud.",
                        "Конвенция не указывается в качестве правового основания просьбы.",
                        "لا يُحتجّ بالاتفاقية أساساً قانونياً لهذا الطلب."),
    "doc.signature": ("签名", "Signature", "Signature", "Firma", "Подпись", "التوقيع"),
    "doc.place_date": ("地点和日期", "Place and date", "Lieu et date", "Lugar y fecha",
                       "Место и дата", "المكان والتاريخ"),
    "doc.assistance_module": ("{n}. {type}（第十八条第三款({letter})项）",
                              "{n}. {type} (art. 18(3)({letter}))",
                              "{n}. {type} (art. 18, par. 3 {letter}))",
                              "{n}. {type} (art. 18, párr. 3 {letter}))",
                              "{n}. {type} (ст. 18, п. 3 {letter}))",
                              "{n}. {type} (المادة 18، الفقرة 3 ({letter}))"),
    "doc.person_n": ("人员 {n}", "Person {n}", "Personne {n}", "Persona {n}", "Лицо {n}",
                     "الشخص {n}"),
    "doc.offence_n": ("罪行 {n}", "Offence {n}", "Infraction {n}", "Delito {n}",
                      "Преступление {n}", "الجريمة {n}"),
    # --- sections (form and document, in document order) ---
    "section.requesting": ("请求国和请求机关", "Requesting State and authority",
                           "État requérant et autorité requérante",
                           "Estado requirente y autoridad requirente",
                           "Запрашивающее государство и запрашивающий орган",
                           "الدولة الطالبة والسلطة الطالبة"),
    "section.requested": ("被请求国和收件机关", "Requested State and addressee",
                          "État requis et destinataire", "Estado requerido y destinatario",
                          "Запрашиваемое государство и адресат",
                          "الدولة متلقية الطلب والجهة المرسل إليها"),
    "section.proceeding": ("侦查、起诉或审判程序的事由和性质",
                           "Subject matter and nature of the investigation, prosecution or "
                           "proceeding",
                           "Objet et nature de l'enquête, des poursuites ou de la procédure",
                           "Objeto e índole de la investigación, el proceso o las actuaciones",
                           "Предмет и характер расследования, уголовного преследования или "
                           "судебного разбирательства",
                           "موضوع التحقيق أو الملاحقة أو الإجراءات القضائية وطبيعتها"),
    "section.facts": ("有关事实概述", "Summary of the relevant "
                                "facts", "Résumé des faits pertinents",
                      "Resumen de los hechos pertinentes", "Краткое изложение "
                                                           "соответствующих фактов",
                      "ملخص الوقائع ذات الصلة"),
    "section.offences": ("罪行和适用的法律规定", "Offences and applicable legal provisions",
                         "Infractions et dispositions légales applicables",
                         "Delitos y disposiciones jurídicas aplicables",
                         "Преступления и применимые правовые положения",
                         "الجرائم والأحكام القانونية المنطبقة"),
    "section.legal_basis": ("法律依据及与有组织犯罪的关联",
                            "Legal basis and link to organized crime",
                            "Base juridique et lien avec la criminalité organisée",
                            "Base jurídica y vínculo con la delincuencia organizada",
                            "Правовое основание и связь с организованной преступностью",
                            "الأساس القانوني والصلة بالجريمة المنظمة"),
    "section.assistance": ("所请求的协助及须遵循的特定程序",
                           "Assistance sought and particular procedure to be followed",
                           "Entraide demandée et procédure particulière à suivre",
                           "Asistencia solicitada y procedimiento particular que se desea seguir",
                           "Испрашиваемая помощь и особая процедура, которую следует соблюдать",
                           "المساعدة المطلوبة والإجراءات الخاصة الواجب اتباعها"),
    "section.persons": ("有关人员的身份、所在地和国籍",
                        "Identity, location and nationality of persons concerned",
                        "Identité, localisation et nationalité des personnes concernées",
                        "Identidad, ubicación y nacionalidad de las personas interesadas",
                        "Личность, местонахождение и гражданство соответствующих лиц",
                        "هوية الأشخاص المعنيين وأماكن وجودهم وجنسياتهم"),
    "section.purpose": ("索取证据、资料或要求采取行动的目的",
                        "Purpose for which the evidence, information or action is sought",
                        "Fins auxquelles les éléments de preuve, informations ou mesures sont "
                        "demandés",
                        "Fin para el que se solicitan las pruebas, la información o las "
                        "actuaciones",
                        "Цель, для которой запрашиваются доказательства, информация или "
                        "действия",
                        "الغرض من طلب الأدلة أو المعلومات أو الإجراءات"),
    "section.urgency": ("紧急程度和期限", "Urgency and deadline", "Urgence et délai",
                        "Urgencia y plazo", "Срочность и сроки", "الاستعجال والمهلة"),
    "section.confidentiality": ("保密和使用限制", "Confidentiality and limitation on use",
                                "Confidentialité et limitation de l'usage",
                                "Confidencialidad y limitación del uso",
                                "Конфиденциальность и ограничение использования",
                                "السرية وتقييد الاستخدام"),
    "section.dual_criminality": ("双重犯罪", "Dual criminality", "Double incrimination",
                                 "Doble incriminación", "Обоюдное признание деяния преступлением",
                                 "ازدواجية التجريم"),
    "section.contact": ("联系人", "Contact person", "Personne à contacter", "Persona de contacto",
                        "Контактное лицо", "جهة الاتصال"),
    "section.signature": ("签署", "Signature", "Signature", "Firma", "Подпись", "التوقيع"),
    "section.attachments": ("附件清单", "Annex: checklist of attachments",
                            "Annexe : liste des pièces jointes",
                            "Anexo: lista de documentos adjuntos",
                            "Приложение: перечень прилагаемых документов",
                            "مرفق: قائمة المرفقات"),
    # --- fields ---
    "reference": ("请求编号", "Reference of the request", "Référence de la demande",
                  "Referencia de la solicitud", "Номер просьбы", "مرجع الطلب"),
    "date": ("请求日期", "Date of the request", "Date de la demande", "Fecha de la solicitud",
             "Дата просьбы", "تاريخ الطلب"),
    "language": ("所填文字的语文", "Language the text is written in",
                 "Langue dans laquelle le texte "
                 "est rédigé", "Idioma en que está redactado el texto",
                 "Язык, на котором написан текст", "اللغة التي كُتب بها النص"),
    "requesting_state": ("请求国", "Requesting State", "État requérant", "Estado requirente",
                         "Запрашивающее государство", "الدولة الطالبة"),
    "requested_state": ("被请求国", "Requested State", "État requis", "Estado requerido",
                        "Запрашиваемое государство", "الدولة متلقية الطلب"),
    "addressee": ("收件机关（名录中无记录时填写）", "Addressee (if the directory has "
                                     "none on record)",
                  "Destinataire (si l'annuaire n'en indique aucun)",
                  "Destinatario (si el directorio no indica ninguno)",
                  "Адресат (если в справочнике нет данных)",
                  "الجهة المرسل إليها (إن لم يرد ذكرها في الدليل)"),
    "requesting_authority.name": ("请求机关名称", "Name of the requesting authority",
                                  "Nom de l'autorité requérante", "Nombre de la autoridad "
                                                                  "requirente",
                                  "Наименование запрашивающего органа", "اسم السلطة الطالبة"),
    "requesting_authority.address": ("地址", "Address", "Adresse", "Dirección", "Адрес", "العنوان"),
    "requesting_authority.contact_person": ("联系人", "Contact person", "Personne à contacter",
                                            "Persona de contacto", "Контактное лицо",
                                            "الشخص المسؤول عن الاتصال"),
    "requesting_authority.phone": ("电话", "Telephone", "Téléphone", "Teléfono", "Телефон",
                                   "الهاتف"),
    "requesting_authority.email": ("电子邮件", "Email", "Courriel", "Correo electrónico",
                                   "Электронная почта", "البريد الإلكتروني"),
    "proceeding.subject_matter": ("事由和性质", "Subject matter and nature", "Objet et nature",
                                  "Objeto e índole", "Предмет и характер", "الموضوع والطبيعة"),
    "proceeding.stage": ("程序阶段", "Stage of the proceeding", "Stade de la procédure",
                         "Etapa del procedimiento", "Стадия производства", "مرحلة الإجراءات"),
    "proceeding.conducting_authority": ("进行程序的机关名称",
                                        "Name of the authority conducting it",
                                        "Nom de l'autorité qui la conduit",
                                        "Nombre de la autoridad que la lleva a cabo",
                                        "Наименование органа, который его ведет",
                                        "اسم السلطة التي تتولاها"),
    "proceeding.conducting_authority_functions": ("该机关的职能", "Functions of that authority",
                                                  "Fonctions de cette autorité",
                                                  "Funciones de esa autoridad",
                                                  "Функции этого органа", "وظائف تلك السلطة"),
    "proceeding.case_reference": ("案件编号", "Case reference", "Référence du dossier",
                                  "Referencia del expediente", "Номер дела", "رقم القضية"),
    "facts_summary": ("事实概述", "Summary of the facts", "Résumé des faits",
                      "Resumen de los hechos", "Изложение фактов", "ملخص الوقائع"),
    "offences": ("罪行", "Offences", "Infractions", "Delitos", "Преступления", "الجرائم"),
    "offences.description": ("罪行", "Offence", "Infraction", "Delito", "Преступление", "الجريمة"),
    "offences.provision": ("法律规定", "Legal provision", "Disposition légale",
                           "Disposición jurídica", "Правовое положение", "الحكم القانوني"),
    "offences.penalty": ("最高刑罚", "Maximum penalty", "Peine maximale", "Pena máxima",
                         "Максимальное наказание", "العقوبة القصوى"),
    "legal_basis.convention_invoked": ("援引《公约》第十八条作为法律依据",
                                       "Convention invoked as legal basis, art. 18",
                                       "Convention invoquée comme base juridique, art. 18",
                                       "Convención invocada como base jurídica, art. 18",
                                       "Конвенция указана как правовое основание, ст. 18",
                                       "الاتفاقية محتجّ بها أساساً قانونياً، المادة 18"),
    "legal_basis.organized_crime_link": ("跨国性质和有组织犯罪集团的参与",
                                         "Transnational nature and involvement of an organized "
                                         "criminal group",
                                         "Caractère transnational et implication d'un groupe "
                                         "criminel organisé",
                                         "Carácter transnacional y participación de un grupo "
                                         "delictivo organizado",
                                         "Транснациональный характер и участие организованной "
                                         "преступной группы",
                                         "الطابع عبر الوطني وضلوع جماعة إجرامية منظمة"),
    "legal_basis.other_instruments": ("其他条约或依据", "Other treaties or bases",
                                      "Autres traités ou bases", "Otros tratados o bases",
                                      "Другие договоры или основания",
                                      "معاهدات أو أسس أخرى"),
    "assistance": ("所请求的协助", "Assistance sought", "Entraide demandée",
                   "Asistencia solicitada", "Испрашиваемая помощь", "المساعدة المطلوبة"),
    "procedure": ("适用于整个请求的特定程序", "Particular procedure for the whole request",
                  "Procédure particulière pour l'ensemble de la demande",
                  "Procedimiento particular para toda la solicitud",
                  "Особая процедура для всей просьбы", "إجراءات خاصة تنطبق على الطلب كله"),
    "assistance.procedure": ("须遵循的特定程序", "Particular procedure to be followed",
                             "Procédure particulière à suivre", "Procedimiento particular",
                             "Особая процедура", "الإجراءات الخاصة الواجب اتباعها"),
    "assistance.persons_to_hear": ("须听取陈述的人员", "Persons to be heard",
                                   "Personnes à entendre",
                                   "Personas a las que se tomará declaración",
                                   "Лица, подлежащие допросу", "الأشخاص المطلوب سماعهم"),
    "assistance.questions": ("问题或主题", "Questions or topics", "Questions ou thèmes",
                             "Preguntas o temas", "Вопросы или темы", "الأسئلة أو المواضيع"),
    "assistance.oath": ("宣誓作证", "Under oath", "Sous serment", "Bajo juramento", "Под присягой",
                        "بعد حلف اليمين"),
    "assistance.officials_present": ("请求国官员在场", "Officials of the requesting State present",
                                     "Présence d'agents de l'État requérant",
                                     "Presencia de funcionarios del Estado requirente",
                                     "Присутствие должностных лиц запрашивающего государства",
                                     "حضور موظفين من الدولة الطالبة"),
    "assistance.videoconference": ("视频会议（第十八条第十八款）",
                                   "Videoconference (art. 18(18))",
                                   "Vidéoconférence (art. 18, par. 18)",
                                   "Videoconferencia (art. 18, párr. 18)",
                                   "Видеоконференция (ст. 18, п. 18)",
                                   "الائتمار بالفيديو (المادة 18، الفقرة 18)"),
    "assistance.documents": ("须送达的文书", "Documents to be served", "Documents à signifier",
                             "Documentos que deben notificarse", "Документы для вручения",
                             "المستندات المطلوب تبليغها"),
    "assistance.recipient": ("受送达人", "Recipient", "Destinataire", "Destinatario",
                             "Получатель", "المرسل إليه"),
    "assistance.address": ("送达地址", "Address for service", "Adresse de signification",
                           "Dirección para la notificación", "Адрес для вручения",
                           "عنوان التبليغ"),
    "assistance.method": ("送达方式", "Method of service", "Mode de signification",
                          "Forma de notificación", "Способ вручения", "طريقة التبليغ"),
    "assistance.premises": ("处所或物品", "Premises or items", "Lieux ou objets",
                            "Lugares u objetos", "Помещения или предметы", "الأماكن أو الأشياء"),
    "assistance.location": ("所在地", "Location", "Localisation", "Ubicación", "Местонахождение",
                            "المكان"),
    "assistance.grounds": ("理由", "Grounds", "Motifs", "Motivos", "Основания", "الأسباب"),
    "assistance.items": ("须搜查、扣押或冻结的物品或财产",
                         "What to search for, seize or freeze",
                         "Ce qu'il faut rechercher, saisir ou geler",
                         "Qué debe registrarse, incautarse o embargarse",
                         "Что следует найти, изъять или заморозить",
                         "ما يُراد تفتيشه أو ضبطه أو تجميده"),
    "assistance.object_or_site": ("物品或地点", "Object or site", "Objet ou lieu",
                                  "Objeto o lugar", "Предмет или место", "الشيء أو الموقع"),
    "assistance.examination": ("须检查的内容", "What to examine", "Ce qu'il faut examiner",
                               "Qué debe examinarse", "Что следует осмотреть",
                               "ما يُراد فحصه"),
    "assistance.information": ("所需资料或证物", "Information or evidentiary items sought",
                               "Informations ou pièces à conviction demandées",
                               "Información o elementos de prueba solicitados",
                               "Запрашиваемая информация или вещественные доказательства",
                               "المعلومات أو الأدلة المطلوبة"),
    "assistance.expert_evaluation": ("所需专家鉴定", "Expert evaluation sought",
                                     "Expertise demandée", "Peritaje solicitado",
                                     "Запрашиваемая экспертная оценка", "تقييم الخبراء المطلوب"),
    "assistance.institution": ("机构（银行）", "Institution (bank)", "Établissement (banque)",
                               "Institución (banco)", "Учреждение (банк)", "المؤسسة (المصرف)"),
    "assistance.account_holder": ("账户持有人", "Account holder", "Titulaire du compte",
                                  "Titular de la cuenta", "Владелец счета", "صاحب الحساب"),
    "assistance.account_numbers": ("账号", "Account numbers", "Numéros de compte",
                                   "Números de cuenta", "Номера счетов", "أرقام الحسابات"),
    "assistance.period_from": ("期间：自", "Period from", "Période du", "Período desde",
                               "Период с", "الفترة من"),
    "assistance.period_to": ("期间：至", "Period to", "Période au", "Período hasta", "Период по",
                             "الفترة إلى"),
    "assistance.record_types": ("所需记录类型", "Types of records sought",
                                "Types de documents demandés", "Tipos de registros solicitados",
                                "Виды запрашиваемых документов", "أنواع السجلات المطلوبة"),
    "assistance.certified_copies": ("需要核证副本", "Certified copies required",
                                    "Copies certifiées conformes requises",
                                    "Se requieren copias certificadas",
                                    "Требуются заверенные копии", "مطلوب نسخ مصدّقة"),
    "assistance.property": ("犯罪所得、财产或工具", "Proceeds, property or instrumentalities",
                            "Produits, biens ou instruments", "Producto, bienes o instrumentos",
                            "Доходы, имущество или орудия", "العائدات أو الممتلكات أو الأدوات"),
    "assistance.known_assets": ("已知资产", "Known assets", "Avoirs connus", "Activos conocidos",
                                "Известные активы", "الأصول المعروفة"),
    "assistance.person": ("人员", "Person", "Personne", "Persona", "Лицо", "الشخص"),
    "assistance.purpose": ("出庭目的", "Purpose of the appearance", "Objet de la comparution",
                           "Finalidad de la comparecencia", "Цель явки", "الغرض من المثول"),
    "assistance.dates": ("日期", "Dates", "Dates", "Fechas", "Даты", "التواريخ"),
    "assistance.safe_conduct": ("安全通行（第十八条第二十七款）",
                                "Safe conduct (art. 18(27))",
                                "Sauf-conduit (art. 18, par. 27)",
                                "Salvoconducto (art. 18, párr. 27)",
                                "Охранная грамота (ст. 18, п. 27)",
                                "ضمان المرور الآمن (المادة 18، الفقرة 27)"),
    "assistance.description": ("所请求协助的说明", "Description of the assistance",
                               "Description de l'entraide", "Descripción de la asistencia",
                               "Описание помощи", "وصف المساعدة"),
    "assistance.legal_basis_requested_state": ("被请求国法律中的依据",
                                               "Basis in the law of the requested State",
                                               "Fondement dans le droit de l'État requis",
                                               "Fundamento en el derecho del Estado requerido",
                                               "Основание в праве запрашиваемого государства",
                                               "الأساس في قانون الدولة متلقية الطلب"),
    "persons": ("有关人员", "Persons concerned", "Personnes concernées", "Personas interesadas",
                "Соответствующие лица", "الأشخاص المعنيون"),
    "persons.name": ("姓名或名称", "Name", "Nom", "Nombre", "Имя или наименование", "الاسم"),
    "persons.role": ("身份", "Role", "Qualité", "Calidad", "Роль", "الصفة"),
    "persons.nationality": ("国籍", "Nationality", "Nationalité", "Nacionalidad", "Гражданство",
                            "الجنسية"),
    "persons.location": ("所在地", "Location", "Localisation", "Ubicación", "Местонахождение",
                         "مكان الوجود"),
    "persons.date_of_birth": ("出生日期", "Date of birth", "Date de naissance",
                              "Fecha de nacimiento", "Дата рождения", "تاريخ الميلاد"),
    "purpose": ("目的", "Purpose", "Fins", "Finalidad", "Цель", "الغرض"),
    "urgency.urgent": ("紧急请求", "Urgent request", "Demande urgente", "Solicitud urgente",
                       "Срочная просьба", "طلب عاجل"),
    "urgency.reason": ("紧急理由", "Reason for urgency", "Motif de l'urgence",
                       "Motivo de la urgencia", "Причина срочности", "سبب الاستعجال"),
    "urgency.deadline": ("期限", "Deadline", "Délai", "Plazo", "Срок", "المهلة"),
    "confidentiality": ("保密要求（第十八条第二十款）", "Confidentiality (art. 18(20))",
                        "Confidentialité (art. 18, par. 20)", "Confidencialidad (art. 18, "
                                                              "párr. 20)",
                        "Конфиденциальность (ст. 18, п. 20)", "السرية (المادة 18، الفقرة 20)"),
    "use_limitation": ("使用限制（第十八条第十九款）", "Limitation on use (art. 18(19))",
                       "Limitation de l'usage (art. 18, par. 19)",
                       "Limitación del uso (art. 18, párr. 19)",
                       "Ограничение использования (ст. 18, п. 19)",
                       "تقييد الاستخدام (المادة 18، الفقرة 19)"),
    "dual_criminality": ("双重犯罪说明（第十八条第九款）", "Dual criminality (art. 18(9))",
                         "Double incrimination (art. 18, par. 9)",
                         "Doble incriminación (art. 18, párr. 9)",
                         "Обоюдное признание (ст. 18, п. 9)",
                         "ازدواجية التجريم (المادة 18، الفقرة 9)"),
    "contact.name": ("姓名", "Name", "Nom", "Nombre", "Имя", "الاسم"),
    "contact.function": ("职务", "Function", "Fonction", "Cargo", "Должность", "الوظيفة"),
    "contact.phone": ("电话", "Telephone", "Téléphone", "Teléfono", "Телефон", "الهاتف"),
    "contact.email": ("电子邮件", "Email", "Courriel", "Correo electrónico", "Электронная почта",
                      "البريد الإلكتروني"),
    "contact.languages": ("使用语文", "Languages spoken", "Langues parlées", "Idiomas",
                          "Владеет языками", "اللغات"),
    "signatory.name": ("签署人姓名", "Name of the signatory", "Nom du signataire",
                       "Nombre del firmante", "Имя подписавшего лица", "اسم الموقِّع"),
    "signatory.title": ("职务", "Title", "Titre", "Cargo", "Должность", "الصفة"),
    "signatory.place": ("地点", "Place", "Lieu", "Lugar", "Место", "المكان"),
    "attachments": ("附件", "Attachments", "Pièces jointes", "Documentos adjuntos",
                    "Приложения", "المرفقات"),
    "attachments.title": ("标题", "Title", "Titre", "Título", "Название", "العنوان"),
    "attachments.description": ("说明", "Description", "Description", "Descripción", "Описание",
                                "الوصف"),
    "attachments.enclosed": ("已附", "Enclosed", "Jointe", "Adjunto", "Приложено", "مرفق"),
    # --- assistance types (art. 18(3)) ---
    "type.taking_evidence": ("获取证据或个人证言", "Taking evidence or statements from persons",
                             "Recueil de témoignages ou de dépositions",
                             "Recibir testimonios o tomar declaración a personas",
                             "Получение свидетельских показаний или заявлений",
                             "الحصول على أدلة أو أقوال أشخاص"),
    "type.service_of_documents": ("送达司法文书", "Service of judicial documents",
                                  "Signification d'actes judiciaires",
                                  "Presentación de documentos judiciales",
                                  "Вручение судебных документов", "تبليغ المستندات القضائية"),
    "type.search_seizure_freezing": ("执行搜查、扣押和冻结",
                                     "Searches, seizures and freezing",
                                     "Perquisitions, saisies et gel",
                                     "Inspecciones, incautaciones y embargos preventivos",
                                     "Проведение обыска и выемки, а также арест",
                                     "تنفيذ عمليات التفتيش والضبط والتجميد"),
    "type.examining_objects_sites": ("检查物品和场所", "Examining objects and sites",
                                     "Examen d'objets et de lieux", "Examen de objetos y lugares",
                                     "Осмотр объектов и участков местности",
                                     "فحص الأشياء والمواقع"),
    "type.information_evidence_expert": ("提供资料、物证以及专家评估",
                                         "Information, evidentiary items and expert evaluations",
                                         "Informations, pièces à conviction et estimations "
                                         "d'experts",
                                         "Información, elementos de prueba y evaluaciones de "
                                         "peritos",
                                         "Информация, вещественные доказательства и оценки "
                                         "экспертов",
                                         "المعلومات والأدلة وتقييمات الخبراء"),
    "type.records": ("有关文件和记录（包括银行、财务、公司或营业记录）",
                     "Documents and records, including bank, financial, corporate or business "
                     "records",
                     "Documents et dossiers, y compris bancaires, financiers, sociaux ou "
                     "commerciaux",
                     "Documentos y expedientes, incluida la documentación bancaria, financiera, "
                     "social o comercial",
                     "Документы и материалы, включая банковскую, финансовую, корпоративную или "
                     "коммерческую документацию",
                     "المستندات والسجلات، بما فيها السجلات المصرفية أو المالية أو سجلات الشركات "
                     "أو المنشآت التجارية"),
    "type.tracing_proceeds": ("查明或追查犯罪所得、财产、工具或其他物品",
                              "Identifying or tracing proceeds, property or instrumentalities",
                              "Identification ou localisation des produits, biens ou instruments",
                              "Identificación o localización del producto, los bienes o los "
                              "instrumentos",
                              "Выявление или отслеживание доходов, имущества или орудий",
                              "تحديد العائدات أو الممتلكات أو الأدوات أو اقتفاء أثرها"),
    "type.voluntary_appearance": ("为有关人员自愿在请求国出庭提供方便",
                                  "Voluntary appearance of persons in the requesting State",
                                  "Comparution volontaire de personnes dans l'État requérant",
                                  "Comparecencia voluntaria de personas en el Estado requirente",
                                  "Добровольная явка лиц в запрашивающее государство",
                                  "تيسير مثول الأشخاص طواعية في الدولة الطالبة"),
    "type.other": ("其他协助", "Other assistance", "Autre type d'entraide", "Otra asistencia",
                   "Другая помощь", "مساعدة أخرى"),
    # --- choices ---
    "stage.investigation": ("侦查", "Investigation", "Enquête", "Investigación", "Расследование",
                            "تحقيق"),
    "stage.prosecution": ("起诉", "Prosecution", "Poursuites", "Proceso penal",
                          "Уголовное преследование", "ملاحقة قضائية"),
    "stage.judicial_proceeding": ("审判程序", "Judicial proceeding", "Procédure judiciaire",
                                  "Actuaciones judiciales", "Судебное разбирательство",
                                  "إجراءات قضائية"),
    "role.suspect": ("嫌疑人", "Suspect", "Suspect", "Sospechoso", "Подозреваемый", "مشتبه فيه"),
    "role.accused": ("被告人", "Accused", "Accusé", "Acusado", "Обвиняемый", "متهم"),
    "role.witness": ("证人", "Witness", "Témoin", "Testigo", "Свидетель", "شاهد"),
    "role.victim": ("被害人", "Victim", "Victime", "Víctima", "Потерпевший", "ضحية"),
    "role.expert": ("鉴定人", "Expert", "Expert", "Perito", "Эксперт", "خبير"),
    "role.account_holder": ("账户持有人", "Account holder", "Titulaire de compte",
                            "Titular de cuenta", "Владелец счета", "صاحب حساب"),
    "role.legal_person": ("法人", "Legal person", "Personne morale", "Persona jurídica",
                          "Юридическое лицо", "شخص اعتباري"),
    "role.other": ("其他", "Other", "Autre", "Otro", "Другое", "أخرى"),
    "method.personal": ("直接送达", "Personal service", "Remise en main propre",
                        "Entrega personal", "Личное вручение", "التسليم الشخصي"),
    "method.post": ("邮寄", "By post", "Par voie postale", "Por correo", "По почте",
                    "بالبريد"),
    "method.any": ("被请求国法律允许的任何方式", "Any method allowed by the requested State's law",
                   "Tout mode admis par le droit de l'État requis",
                   "Cualquier forma admitida por el derecho del Estado requerido",
                   "Любой способ, допускаемый правом запрашиваемого государства",
                   "أي طريقة يسمح بها قانون الدولة متلقية الطلب"),
    # --- validator messages ({label}, {cite}, {n}) ---
    "msg.required": ("请填写：{label}{cite}", "Please fill in: {label}{cite}",
                     "À remplir : {label}{cite}", "Falta completar: {label}{cite}",
                     "Заполните: {label}{cite}", "يرجى ملء: {label}{cite}"),
    "msg.required_list": ("请至少添加一项：{label}{cite}", "Add at least one: {label}{cite}",
                          "Ajoutez au moins un élément : {label}{cite}",
                          "Añada al menos un elemento: {label}{cite}",
                          "Добавьте хотя бы один элемент: {label}{cite}",
                          "أضف عنصراً واحداً على الأقل: {label}{cite}"),
    "msg.contact_means": ("请填写请求机关的电话或电子邮件",
                          "Give a telephone number or email for the requesting authority",
                          "Indiquez un téléphone ou un courriel de l'autorité requérante",
                          "Indique un teléfono o correo electrónico de la autoridad requirente",
                          "Укажите телефон или электронную почту запрашивающего органа",
                          "يرجى ذكر هاتف أو بريد إلكتروني للسلطة الطالبة"),
    "msg.facts_link": ("事实概述未提及此处所列的人员或账户持有人"
                       "（既未提及全名，也未提及其中最长的词）。"
                       "被请求国须能看出事实与所请求协助之间的联系。",
                       "The summary of the facts does not mention the person or account holder "
                       "named here (neither the full name nor its longest word). The requested "
                       "State must be able to see how the facts connect to the assistance sought.",
                       "Le résumé des faits ne mentionne pas la personne ou le titulaire nommé "
                       "ici (ni le nom complet ni son mot le plus "
                       "long). L'État requis doit voir le "
                       "lien entre les faits et l'entraide demandée.",
                       "El resumen de los hechos no menciona a la persona o titular indicado aquí "
                       "(ni el nombre completo ni su palabra más larga). El Estado requerido debe "
                       "poder ver el vínculo entre los hechos y la asistencia solicitada.",
                       "В изложении фактов не упоминается указанное здесь лицо или владелец "
                       "счета (ни полное имя, ни самое длинное слово в нем). Запрашиваемое "
                       "государство должно видеть связь между фактами и испрашиваемой помощью.",
                       "لا يذكر ملخص الوقائع الشخص أو صاحب الحساب المذكور هنا (لا الاسم الكامل ولا "
                       "أطول كلمة فيه). يجب أن تتمكن الدولة متلقية الطلب من رؤية الصلة بين الوقائع "
                       "والمساعدة المطلوبة."),
    "msg.language_not_accepted": ("所选语文（{language}）不在被请求"
                                  "国根据第十八条第十四款通知的可接受语文之列"
                                  "（名录：{accepted}）。请附译文。",
                                  "The language chosen ({language}) is not among the languages "
                                  "the requested State has notified as acceptable under art. "
                                  "18(14) (directory: {accepted}). Attach a translation.",
                                  "La langue choisie ({language}) ne figure pas parmi les langues "
                                  "que l'État requis a déclarées acceptables (art. 18, par. 14 ; "
                                  "annuaire : {accepted}). Joignez une traduction.",
                                  "El idioma elegido ({language}) no figura entre los idiomas "
                                  "que el Estado requerido ha notificado como aceptables "
                                  "(art. 18, párr. 14; directorio: {accepted}). Adjunte una "
                                  "traducción.",
                                  "Выбранный язык ({language}) не входит в число языков, "
                                  "приемлемых для запрашиваемого государства согласно его "
                                  "уведомлению (ст. 18, п. 14; справочник: {accepted}). "
                                  "Приложите перевод.",
                                  "اللغة المختارة ({language}) ليست من اللغات التي أخطرت الدولة "
                                  "متلقية الطلب بأنها مقبولة (المادة 18، الفقرة 14؛ الدليل: "
                                  "{accepted}). أرفق ترجمة."),
    "msg.no_languages": ("名录中没有被请求国根据第十八条第十四款通知的可接受语文。请在发送前核实。",
                         "The directory has no notification of the languages the requested "
                         "State accepts (art. 18(14)). Check before sending.",
                         "L'annuaire ne contient aucune notification des langues acceptées par "
                         "l'État requis (art. 18, par. 14). Vérifiez avant l'envoi.",
                         "El directorio no contiene ninguna notificación de los idiomas que "
                         "acepta el Estado requerido (art. 18, párr. 14). Compruébelo antes del "
                         "envío.",
                         "В справочнике нет уведомления о языках, приемлемых для "
                         "запрашиваемого государства (ст. 18, п. 14). Проверьте перед отправкой.",
                         "لا يتضمن الدليل إخطاراً باللغات التي تقبلها الدولة متلقية الطلب "
                         "(المادة 18، الفقرة 14). تحقق قبل الإرسال."),
    "msg.no_central_authority": ("名录中没有被请求国根据第十八条第十三款指定的中央机关。"
                                 "请通过外交渠道发送或在发送前核实。",
                                 "No central authority under art. 18(13) is on record for the "
                                 "requested State. Send through diplomatic channels or check "
                                 "before sending.",
                                 "Aucune autorité centrale désignée au titre de l'art. 18, "
                                 "par. 13 n'est enregistrée pour l'État requis. Passez par la "
                                 "voie diplomatique ou vérifiez avant l'envoi.",
                                 "No consta ninguna autoridad central designada con arreglo al "
                                 "art. 18, párr. 13, para el Estado requerido. Utilice la vía "
                                 "diplomática o compruébelo antes del envío.",
                                 "Для запрашиваемого государства не зарегистрирован центральный "
                                 "орган по ст. 18, п. 13. Направьте просьбу по дипломатическим "
                                 "каналам или проверьте перед отправкой.",
                                 "لا توجد سلطة مركزية مسجلة للدولة متلقية الطلب بموجب المادة 18، "
                                 "الفقرة 13. أرسل الطلب عبر القنوات الدبلوماسية أو تحقق قبل "
                                 "الإرسال."),
    "msg.no_directory_entry": ("名录中没有被请求国的条目。",
                               "The directory has no entry for the requested State.",
                               "L'annuaire ne contient aucune entrée pour l'État requis.",
                               "El directorio no contiene ninguna entrada para el Estado "
                               "requerido.",
                               "В справочнике нет записи о запрашиваемом государстве.",
                               "لا يتضمن الدليل أي قيد للدولة متلقية الطلب."),
    "msg.urgent_without_reason": ("已标明紧急，但未说明理由。第十八"
                                  "条第二十四款要求说明期限的理由。",
                                  "Marked urgent without a reason. Art. 18(24) asks for the "
                                  "reasons for any deadline.",
                                  "Urgence indiquée sans motif. L'art. 18, par. 24 demande que "
                                  "les délais soient motivés.",
                                  "Se indica urgencia sin motivo. El art. 18, párr. 24, pide que "
                                  "se motiven los plazos.",
                                  "Срочность указана без причины. Согласно ст. 18, п. 24, сроки "
                                  "должны быть обоснованы.",
                                  "وُصف الطلب بأنه عاجل دون ذكر السبب. تقتضي المادة 18، الفقرة 24، "
                                  "بيان أسباب أي مهلة."),
    "msg.bank_no_period": ("银行记录请求未注明期间；没有期间的请求常被退回。",
                           "Bank records requested without a period; such requests are often "
                           "returned.",
                           "Documents bancaires demandés sans période ; ces demandes sont "
                           "souvent renvoyées.",
                           "Se solicitan registros bancarios sin período; estas solicitudes "
                           "suelen devolverse.",
                           "Банковские документы запрошены без указания периода; такие просьбы "
                           "часто возвращают.",
                           "طُلبت سجلات مصرفية دون تحديد فترة؛ وكثيراً ما تُرد هذه الطلبات."),
    "msg.bank_no_accounts": ("银行记录请求未列出账号；请尽可能写明账号。",
                             "Bank records requested without account numbers; give them where "
                             "known.",
                             "Documents bancaires demandés sans numéro de compte ; indiquez-les "
                             "s'ils sont connus.",
                             "Se solicitan registros bancarios sin números de cuenta; indíquelos "
                             "si se conocen.",
                             "Банковские документы запрошены без номеров счетов; укажите их, "
                             "если они известны.",
                             "طُلبت سجلات مصرفية دون أرقام حسابات؛ اذكرها إن كانت معروفة."),
    "msg.dual_criminality": ("请求搜查、扣押或冻结等强制措施，但未"
                             "说明双重犯罪问题。根据第十八条第九款，"
                             "被请求国可以不存在双重犯罪为由拒绝协助。",
                             "Coercive measures (search, seizure, freezing) are requested but "
                             "there is no note on dual criminality. Under art. 18(9) the "
                             "requested State may decline for absence of dual criminality.",
                             "Des mesures coercitives (perquisition, saisie, gel) sont demandées "
                             "sans note sur la double incrimination. En vertu de l'art. 18, "
                             "par. 9, l'État requis peut refuser en son absence.",
                             "Se solicitan medidas coercitivas (registro, incautación, embargo) "
                             "sin nota sobre la doble incriminación. Según el art. 18, párr. 9, "
                             "el Estado requerido puede denegar la asistencia si no existe.",
                             "Запрашиваются принудительные меры (обыск, выемка, арест), но нет "
                             "пояснения об обоюдном признании. Согласно ст. 18, п. 9, в его "
                             "отсутствие в помощи может быть отказано.",
                             "طُلبت تدابير قسرية (تفتيش أو ضبط أو تجميد) دون ملاحظة بشأن ازدواجية "
                             "التجريم. وبموجب المادة 18، الفقرة 9، يجوز للدولة متلقية الطلب "
                             "الرفض لانعدامها."),
    "msg.convention_not_invoked": ("未勾选援引《公约》为法律依据，也未写明其他依据。",
                                   "Neither the Convention nor another legal basis is invoked.",
                                   "Ni la Convention ni une autre base juridique n'est invoquée.",
                                   "No se invoca la Convención ni otra base jurídica.",
                                   "Не указаны ни Конвенция, ни иное правовое основание.",
                                   "لم يُحتجّ بالاتفاقية ولا بأي أساس قانوني آخر."),
    "msg.safe_conduct": ("自愿出庭请求未说明安全通行保障（第十八条第二十七款）。",
                         "Voluntary appearance requested without a note on safe conduct "
                         "(art. 18(27)).",
                         "Comparution volontaire demandée sans note sur le sauf-conduit "
                         "(art. 18, par. 27).",
                         "Se solicita comparecencia voluntaria sin nota sobre el salvoconducto "
                         "(art. 18, párr. 27).",
                         "Запрошена добровольная явка без пояснения об охранной грамоте "
                         "(ст. 18, п. 27).",
                         "طُلب المثول الطوعي دون ملاحظة بشأن ضمان المرور الآمن (المادة 18، "
                         "الفقرة 27)."),
    "msg.other_no_basis": ("其他协助：请说明被请求国法律中的依据（第十八条第三款(i)项）。",
                           "Other assistance: give its basis in the requested State's law "
                           "(art. 18(3)(i)).",
                           "Autre entraide : indiquez son fondement dans le droit de l'État "
                           "requis (art. 18, par. 3 i)).",
                           "Otra asistencia: indique su fundamento en el derecho del Estado "
                           "requerido (art. 18, párr. 3 i)).",
                           "Другая помощь: укажите ее основание в праве запрашиваемого "
                           "государства (ст. 18, п. 3 i)).",
                           "مساعدة أخرى: اذكر أساسها في قانون الدولة متلقية الطلب (المادة 18، "
                           "الفقرة 3 (ط))."),
    "msg.no_signatory": ("请填写签署人。", "Name the signatory.", "Indiquez le signataire.",
                         "Indique el firmante.", "Укажите подписывающее лицо.",
                         "اذكر اسم الموقِّع."),
    "cite.element": ("（第十八条第十五款({letter})项）", " (art. 18(15)({letter}))",
                     " (art. 18, par. 15 {letter}))", " (art. 18, párr. 15 {letter}))",
                     " (ст. 18, п. 15 {letter}))", " (المادة 18، الفقرة 15 ({letter}))"),
    "cite.type": ("（第十八条第三款({letter})项）", " (art. 18(3)({letter}))",
                  " (art. 18, par. 3 {letter}))", " (art. 18, párr. 3 {letter}))",
                  " (ст. 18, п. 3 {letter}))", " (المادة 18، الفقرة 3 ({letter}))"),
    "lang.zh": ("中文", "Chinese", "chinois", "chino", "китайский", "الصينية"),
    "lang.en": ("英文", "English", "anglais", "inglés", "английский", "الإنكليزية"),
    "lang.fr": ("法文", "French", "français", "francés", "французский", "الفرنسية"),
    "lang.es": ("西班牙文", "Spanish", "espagnol", "español", "испанский", "الإسبانية"),
    "lang.ru": ("俄文", "Russian", "russe", "ruso", "русский", "الروسية"),
    "lang.ar": ("阿拉伯文", "Arabic", "arabe", "árabe", "арабский", "العربية"),
    # --- browser form ---
    "ui.add_offence": ("添加罪行", "Add an offence", "Ajouter une infraction", "Añadir un delito",
                       "Добавить преступление", "إضافة جريمة"),
    "ui.add_person": ("添加人员", "Add a person", "Ajouter une personne", "Añadir una persona",
                      "Добавить лицо", "إضافة شخص"),
    "ui.add_attachment": ("添加附件", "Add an attachment", "Ajouter une pièce jointe",
                          "Añadir un documento adjunto", "Добавить приложение", "إضافة مرفق"),
    "ui.add_module": ("添加协助类型", "Add assistance of this type",
                      "Ajouter ce type d'entraide", "Añadir este tipo de asistencia",
                      "Добавить этот вид помощи", "إضافة هذا النوع من المساعدة"),
    "ui.module_type": ("协助类型（第十八条第三款）", "Type of assistance (art. 18(3))",
                       "Type d'entraide (art. 18, par. 3)", "Tipo de asistencia (art. 18, párr. 3)",
                       "Вид помощи (ст. 18, п. 3)", "نوع المساعدة (المادة 18، الفقرة 3)"),
    "ui.remove": ("删除", "Remove", "Supprimer", "Eliminar", "Удалить", "حذف"),
    "ui.missing_title": ("尚缺的基本内容", "Missing essentials", "Éléments essentiels manquants",
                         "Elementos esenciales que faltan", "Недостающие основные элементы",
                         "العناصر الأساسية الناقصة"),
    "ui.warnings_title": ("提醒", "Warnings", "Avertissements", "Advertencias",
                          "Предупреждения", "تنبيهات"),
    "ui.none_missing": ("基本内容已齐全。", "Nothing essential is missing.",
                        "Aucun élément essentiel ne manque.", "No falta ningún elemento esencial.",
                        "Все основные элементы заполнены.", "لا ينقص أي عنصر أساسي."),
    "ui.checking": ("正在检查……", "Checking…", "Vérification…", "Comprobando…", "Проверка…",
                    "جارٍ التحقق…"),
    "ui.export": ("导出 JSON", "Export JSON", "Exporter en JSON", "Exportar JSON",
                  "Экспорт в JSON", "تصدير JSON"),
    "ui.import": ("导入 JSON", "Import JSON", "Importer un JSON", "Importar JSON",
                  "Импорт из JSON", "استيراد JSON"),
    "ui.import_error": ("无法读取该文件：{reason}", "Could not read that file: {reason}",
                        "Lecture du fichier impossible : {reason}",
                        "No se pudo leer el archivo: {reason}",
                        "Не удалось прочитать файл: {reason}", "تعذرت قراءة الملف: {reason}"),
    "ui.download_docx": ("下载 DOCX", "Download DOCX", "Télécharger le DOCX", "Descargar DOCX",
                         "Скачать DOCX", "تنزيل DOCX"),
    "ui.download_md": ("下载 Markdown", "Download Markdown", "Télécharger le Markdown",
                       "Descargar Markdown", "Скачать Markdown", "تنزيل Markdown"),
    "ui.output_lang": ("请求文书的语文", "Language of the request document",
                       "Langue du document de demande", "Idioma del documento de solicitud",
                       "Язык документа просьбы", "لغة وثيقة الطلب"),
    "ui.clear": ("清空表格", "Clear the form", "Effacer le formulaire", "Borrar el formulario",
                 "Очистить форму", "مسح النموذج"),
    "ui.confirm_clear": ("确定清空本浏览器中保存的草稿吗？",
                         "Delete the draft saved in this browser?",
                         "Supprimer le brouillon enregistré dans ce navigateur ?",
                         "¿Borrar el borrador guardado en este navegador?",
                         "Удалить черновик, сохраненный в этом браузере?",
                         "هل تريد حذف المسودة المحفوظة في هذا المتصفح؟"),
    "ui.saved": ("草稿已保存在本浏览器中（{time}）", "Draft saved in this browser ({time})",
                 "Brouillon enregistré dans ce navigateur ({time})",
                 "Borrador guardado en este navegador ({time})",
                 "Черновик сохранен в этом браузере ({time})",
                 "حُفظت المسودة في هذا المتصفح ({time})"),
    "ui.guidance": ("参考：公约和缔约方会议文件", "Guidance from the Convention and COP documents",
                    "Repères : Convention et documents de la Conférence",
                    "Orientación: Convención y documentos de la Conferencia",
                    "Справка: Конвенция и документы Конференции",
                    "إرشادات: الاتفاقية ووثائق المؤتمر"),
    "ui.guidance_loading": ("正在检索……", "Searching…", "Recherche…", "Buscando…", "Поиск…",
                            "جارٍ البحث…"),
    "ui.guidance_none": ("没有找到参考段落。", "No passages found.", "Aucun passage trouvé.",
                         "No se encontraron pasajes.", "Фрагменты не найдены.",
                         "لم يُعثر على فقرات."),
    "ui.guidance_error": ("参考服务不可用。", "Guidance is not available.",
                          "Les repères ne sont pas disponibles.",
                          "La orientación no está disponible.", "Справка недоступна.",
                          "الإرشادات غير متاحة."),
    "ui.directory_title": ("名录中的被请求国信息", "Directory: requested State",
                           "Annuaire : État requis", "Directorio: Estado requerido",
                           "Справочник: запрашиваемое государство",
                           "الدليل: الدولة متلقية الطلب"),
    "ui.central_authority": ("中央机关（第十八条第十三款）", "Central authority (art. 18(13))",
                             "Autorité centrale (art. 18, par. 13)",
                             "Autoridad central (art. 18, párr. 13)",
                             "Центральный орган (ст. 18, п. 13)",
                             "السلطة المركزية (المادة 18، الفقرة 13)"),
    "ui.no_designation": ("没有指定记录", "No designation on record", "Aucune désignation "
                                                                "enregistrée",
                          "No consta ninguna designación", "Сведений о назначении нет",
                          "لا يوجد تعيين مسجل"),
    "ui.languages_accepted": ("可接受的语文（第十八条第十四款）",
                              "Languages accepted (art. 18(14))",
                              "Langues acceptées (art. 18, par. 14)",
                              "Idiomas aceptados (art. 18, párr. 14)",
                              "Приемлемые языки (ст. 18, п. 14)",
                              "اللغات المقبولة (المادة 18، الفقرة 14)"),
    "ui.channels": ("渠道", "Channels", "Voies de transmission", "Vías de transmisión",
                    "Каналы", "القنوات"),
    "ui.legal_requirements": ("法律要求", "Legal requirements", "Exigences juridiques",
                              "Requisitos jurídicos", "Правовые требования", "المتطلبات القانونية"),
    "ui.last_updated": ("最后更新", "Last updated", "Dernière mise à jour", "Última actualización",
                        "Последнее обновление", "آخر تحديث"),
    "ui.source": ("来源", "Source", "Source", "Fuente", "Источник", "المصدر"),
    "ui.not_in_directory": ("名录中没有该国的条目。", "This State has no entry in the directory.",
                            "Cet État n'a pas d'entrée dans l'annuaire.",
                            "Este Estado no tiene entrada en el directorio.",
                            "Для этого государства нет записи в справочнике.",
                            "لا يوجد قيد لهذه الدولة في الدليل."),
    "ui.choose": ("— 请选择 —", "— choose —", "— choisir —", "— elegir —", "— выберите —",
                  "— اختر —"),
    "ui.one_per_line": ("每行一项", "one per line", "un par ligne", "uno por línea",
                        "по одному в строке", "عنصر في كل سطر"),
    "ui.server_needed": ("写作工具需要 untoc-kb 服务器（untoc-kb serve）。",
                         "The writer needs the untoc-kb server (untoc-kb serve).",
                         "Le rédacteur a besoin du serveur untoc-kb (untoc-kb serve).",
                         "El redactor necesita el servidor untoc-kb (untoc-kb serve).",
                         "Для работы нужен сервер untoc-kb (untoc-kb serve).",
                         "تحتاج أداة الصياغة إلى خادم untoc-kb (untoc-kb serve)."),
    "ui.download_error": ("生成文书失败：{reason}", "Could not produce the document: {reason}",
                          "Impossible de produire le document : {reason}",
                          "No se pudo generar el documento: {reason}",
                          "Не удалось создать документ: {reason}",
                          "تعذر إنشاء الوثيقة: {reason}"),
    # --- fixed guidance queries, one per section (never the user's text) ---
    "guide.requesting": ("司法协助请求应载明提出请求的机关的身份",
                         "request for mutual legal assistance shall contain the identity of the "
                         "authority making the request",
                         "demande d'entraide judiciaire identité de l'autorité qui fait la "
                         "demande",
                         "solicitud de asistencia judicial recíproca identidad de la autoridad "
                         "que hace la solicitud",
                         "просьба о взаимной правовой помощи наименование органа, "
                         "обращающегося с просьбой",
                         "طلب المساعدة القانونية المتبادلة هوية السلطة مقدمة الطلب"),
    "guide.requested": ("根据第十八条第十三款指定的负责接收司法协助请求的中央机关",
                        "central authority designated under article 18(13) to receive requests "
                        "for mutual legal assistance",
                        "autorité centrale désignée en vertu de l'article 18, paragraphe 13, "
                        "pour recevoir les demandes d'entraide judiciaire",
                        "autoridad central designada con arreglo al artículo 18, párrafo 13, "
                        "para recibir solicitudes de asistencia judicial recíproca",
                        "центральный орган, назначенный согласно пункту 13 статьи 18 для "
                        "получения просьб о взаимной правовой помощи",
                        "السلطة المركزية المعينة بموجب الفقرة 13 من المادة 18 لتلقي طلبات "
                        "المساعدة القانونية المتبادلة"),
    "guide.proceeding": ("请求所涉侦查、起诉或审判程序的事由和性质以及进行该程序的机关",
                         "subject matter and nature of the investigation, prosecution or judicial "
                         "proceeding to which the request relates",
                         "objet et nature de l'enquête, des poursuites ou de la procédure "
                         "judiciaire auxquelles se rapporte la demande",
                         "objeto e índole de la investigación, el proceso o las actuaciones "
                         "judiciales a que se refiere la solicitud",
                         "предмет и характер расследования, уголовного преследования или "
                         "судебного разбирательства, к которым относится просьба",
                         "موضوع وطبيعة التحقيق أو الملاحقة القضائية أو الإجراءات القضائية التي "
                         "يتعلق بها الطلب"),
    "guide.facts": ("有关事实的概述，为送达司法文书提出的请求除外",
                    "summary of the relevant facts except in relation to requests for service of "
                    "judicial documents",
                    "résumé des faits pertinents sauf pour les demandes de signification d'actes "
                    "judiciaires",
                    "resumen de los hechos pertinentes salvo en las solicitudes de presentación "
                    "de documentos judiciales",
                    "краткое изложение соответствующих фактов, за исключением просьб о вручении "
                    "судебных документов",
                    "ملخص للوقائع ذات الصلة باستثناء الطلبات المقدمة لغرض تبليغ المستندات "
                    "القضائية"),
    "guide.offences": ("有组织犯罪集团 严重犯罪 本公约所涵盖的犯罪",
                       "offences covered by the Convention organized criminal group serious crime",
                       "infractions visées par la Convention groupe criminel organisé infraction "
                       "grave",
                       "delitos comprendidos en la Convención grupo delictivo organizado delito "
                       "grave",
                       "преступления, охватываемые Конвенцией, организованная преступная группа, "
                       "серьезное преступление",
                       "الجرائم المشمولة بالاتفاقية الجماعة الإجرامية المنظمة الجريمة الخطيرة"),
    "guide.legal_basis": ("将本公约作为司法协助的法律依据 跨国性质",
                          "using the Convention as the legal basis for mutual legal assistance "
                          "transnational nature",
                          "utilisation de la Convention comme base juridique de l'entraide "
                          "judiciaire caractère transnational",
                          "utilización de la Convención como base jurídica de la asistencia "
                          "judicial recíproca carácter transnacional",
                          "использование Конвенции в качестве правового основания для взаимной "
                          "правовой помощи, транснациональный характер",
                          "استخدام الاتفاقية أساساً قانونياً للمساعدة القانونية المتبادلة الطابع "
                          "عبر الوطني"),
    "guide.assistance": ("可为下列目的请求司法协助 获取证据 送达司法文书 搜查和扣押",
                         "mutual legal assistance may be requested for taking evidence, service "
                         "of judicial documents, searches and seizures",
                         "l'entraide judiciaire peut être demandée aux fins de recueillir des "
                         "témoignages, signifier des actes judiciaires, effectuer des "
                         "perquisitions et saisies",
                         "la asistencia judicial recíproca podrá solicitarse para recibir "
                         "testimonios, presentar documentos judiciales, efectuar inspecciones e "
                         "incautaciones",
                         "взаимная правовая помощь может запрашиваться для получения "
                         "свидетельских показаний, вручения судебных документов, проведения "
                         "обыска и выемки",
                         "يجوز طلب المساعدة القانونية المتبادلة لأغراض الحصول على أدلة وتبليغ "
                         "المستندات القضائية وتنفيذ عمليات التفتيش والضبط"),
    "guide.persons": ("可能时，任何有关人员的身份、所在地和国籍",
                      "where possible the identity, location and nationality of any person "
                      "concerned",
                      "si possible, l'identité, l'adresse et la nationalité de toute personne "
                      "visée",
                      "de ser posible, la identidad, ubicación y nacionalidad de toda persona "
                      "interesada",
                      "по возможности, данные о личности, местонахождении и гражданстве любого "
                      "соответствующего лица",
                      "هوية أي شخص معني ومكان وجوده وجنسيته، حيثما أمكن"),
    "guide.purpose": ("索取证据、资料或要求采取行动的目的",
                      "purpose for which the evidence, information or action is sought",
                      "fins auxquelles les éléments de preuve, informations ou mesures sont "
                      "demandés",
                      "fin para el que se solicitan las pruebas, información o actuaciones",
                      "цель, для которой запрашиваются доказательства, информация или "
                      "принимаются меры",
                      "الغرض الذي تُطلب من أجله الأدلة أو المعلومات أو التدابير"),
    "guide.urgency": ("尽快执行司法协助请求 请求缔约国提出的最后期限",
                      "execute the request for mutual legal assistance as soon as possible and "
                      "take account of deadlines suggested by the requesting State",
                      "exécuter la demande d'entraide judiciaire aussi promptement que possible "
                      "et tenir compte des délais suggérés par l'État requérant",
                      "cumplir la solicitud de asistencia judicial recíproca lo antes posible y "
                      "tener en cuenta los plazos que sugiera el Estado requirente",
                      "выполнять просьбу о взаимной правовой помощи как можно скорее с учетом "
                      "сроков, предложенных запрашивающим государством",
                      "تنفيذ طلب المساعدة القانونية المتبادلة في أقرب وقت ممكن ومراعاة المهل "
                      "التي تقترحها الدولة الطالبة"),
    "guide.confidentiality": ("要求被请求缔约国对请求的事实和内容保密 "
                              "未经同意不得用于请求以外的目的",
                              "keep confidential the fact and substance of the request; not use "
                              "information for proceedings other than those stated in the "
                              "request",
                              "garder le secret sur la demande et sa teneur ; ne pas utiliser "
                              "les informations pour d'autres procédures que celles visées dans "
                              "la demande",
                              "mantener reserva acerca de la existencia y el contenido de la "
                              "solicitud; no utilizar la información para actuaciones distintas "
                              "de las indicadas en la solicitud",
                              "сохранять в тайне факт и содержание просьбы; не использовать "
                              "информацию для иных разбирательств, чем указанные в просьбе",
                              "الحفاظ على سرية الطلب ومضمونه وعدم استخدام المعلومات في إجراءات "
                              "غير المذكورة في الطلب"),
    "guide.dual_criminality": ("以不存在双重犯罪为由拒绝提供司法协助",
                               "decline to render mutual legal assistance on the ground of "
                               "absence of dual criminality",
                               "refuser l'entraide judiciaire pour défaut de double incrimination",
                               "denegar la asistencia judicial recíproca invocando la ausencia de "
                               "doble incriminación",
                               "отказ в предоставлении взаимной правовой помощи на основании "
                               "отсутствия обоюдного признания деяния преступлением",
                               "رفض تقديم المساعدة القانونية المتبادلة بحجة انتفاء ازدواجية "
                               "التجريم"),
}

# Russian and Arabic use their own letters for list items in UN texts; the renderer keeps
# Latin letters everywhere except these, which follow the official text of each language.
_LETTERS: dict[str, tuple[str, ...]] = {
    "ru": tuple("абвгдежзи"),
    "ar": ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط"),
}

# English names used by the directory for the six UN languages (see data/directory).
LANGUAGE_NAMES_EN = {"zh": "Chinese", "en": "English", "fr": "French", "es": "Spanish",
                     "ru": "Russian", "ar": "Arabic"}


def t(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang` (English if the language is unknown)."""
    values = _T[key]
    index = LANGS.index(lang) if lang in LANGS else 1
    text = values[index]
    return text.format(**params) if params else text


def letter(latin: str, lang: str) -> str:
    """The list letter as printed in the official text of `lang` (a → а in Russian)."""
    table = _LETTERS.get(lang)
    if not table:
        return latin
    return table["abcdefghi".index(latin)]


def has(key: str) -> bool:
    return key in _T


def keys() -> list[str]:
    return list(_T)
