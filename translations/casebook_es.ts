<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../ui/activity_form.ui" line="9"/>
        <source>&amp;Activity area:</source>
        <translation>Área de &amp;actividad:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="15"/>
        <source>Activity area</source>
        <translation>Área de actividad</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="22"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="28"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="33"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="39"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="45"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="53"/>
        <source>Due on: set</source>
        <translation>Vence el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="54"/>
        <source>Set</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="59"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="60"/>
        <location filename="../ui/activity_form.ui" line="84"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="69"/>
        <source>Co&amp;mpleted on:</source>
        <translation>Com&amp;pletado el:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="77"/>
        <source>Completed on: set</source>
        <translation>Completado el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="78"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="83"/>
        <source>Completed on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="93"/>
        <source>&amp;Evidence:</source>
        <translation>Ev&amp;idencia:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="99"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="106"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="112"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="119"/>
        <source>Su&amp;bstantially similar activity done instead:</source>
        <translation>Actividad s&amp;ustancialmente similar realizada en su lugar:</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="125"/>
        <source>Substantially similar activity done instead</source>
        <translation>Actividad sustancialmente similar realizada en su lugar</translation>
    </message>
    <message>
        <location filename="../ui/activity_form.ui" line="128"/>
        <source>BP 0520 accepts the activities or substantially similar activities: say what was done instead; the evidence field names its evidence</source>
        <translation>BP 0520 acepta las actividades o actividades sustancialmente similares: indique lo que se hizo en su lugar; el campo de evidencia nombra su evidencia</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../ui/case_form.ui" line="8"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="19"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="20"/>
        <source>What the case is about</source>
        <translation>De qué trata el caso</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="25"/>
        <source>Case o&amp;wner:</source>
        <translation>&amp;Responsable del caso:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="31"/>
        <source>Case owner</source>
        <translation>Responsable del caso</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="32"/>
        <source>Who is responsible</source>
        <translation>Quién es responsable</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="37"/>
        <source>&amp;Opened on:</source>
        <translation>&amp;Abierto el:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="43"/>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="44"/>
        <location filename="../ui/case_form.ui" line="112"/>
        <location filename="../ui/case_form.ui" line="162"/>
        <location filename="../ui/case_form.ui" line="186"/>
        <location filename="../ui/case_form.ui" line="224"/>
        <location filename="../ui/case_form.ui" line="268"/>
        <location filename="../ui/case_form.ui" line="303"/>
        <location filename="../ui/case_form.ui" line="435"/>
        <location filename="../ui/case_form.ui" line="459"/>
        <location filename="../ui/case_form.ui" line="483"/>
        <location filename="../ui/case_form.ui" line="522"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="47"/>
        <source>Request, determination, identification or designation date</source>
        <translation>Fecha de la solicitud, determinación, identificación o designación</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="52"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="58"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="68"/>
        <source>Technical assistance (Ed Code 52071)</source>
        <translation>Asistencia técnica (Código de Educación 52071)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="73"/>
        <source>Ori&amp;gin:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="79"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="85"/>
        <source>Communication sc&amp;hedule:</source>
        <translation>Calendario de co&amp;municación:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="91"/>
        <source>Communication schedule</source>
        <translation>Calendario de comunicación</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="97"/>
        <source>&amp;First communication due:</source>
        <translation>&amp;Primera comunicación para el:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="105"/>
        <source>First communication due: set</source>
        <translation>Primera comunicación para el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="106"/>
        <location filename="../ui/case_form.ui" line="156"/>
        <location filename="../ui/case_form.ui" line="180"/>
        <location filename="../ui/case_form.ui" line="218"/>
        <location filename="../ui/case_form.ui" line="262"/>
        <location filename="../ui/case_form.ui" line="297"/>
        <location filename="../ui/case_form.ui" line="429"/>
        <location filename="../ui/case_form.ui" line="453"/>
        <location filename="../ui/case_form.ui" line="477"/>
        <location filename="../ui/case_form.ui" line="516"/>
        <source>Set</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="111"/>
        <source>First communication due</source>
        <translation>Primera comunicación para el</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="121"/>
        <source>County &amp;contact:</source>
        <translation>Contacto del &amp;condado:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="127"/>
        <source>County contact</source>
        <translation>Contacto del condado</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="132"/>
        <source>Identified on the Dashboard year:</source>
        <translation>Identificado en el Dashboard del año:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="138"/>
        <source>Identified on the Dashboard year</source>
        <translation>Identificado en el Dashboard del año</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="139"/>
        <location filename="../ui/case_form.ui" line="202"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="142"/>
        <source>Ed Code 52071(c)(1): technical assistance for a minimum of two years following the identification</source>
        <translation>Código de Educación 52071(c)(1): asistencia técnica durante un mínimo de dos años después de la identificación</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="147"/>
        <source>Identification (CDE) date:</source>
        <translation>Fecha de la identificación (CDE):</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="155"/>
        <source>Identification (CDE) date: set</source>
        <translation>Fecha de la identificación (CDE): fijada</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="161"/>
        <source>Identification (CDE) date</source>
        <translation>Fecha de la identificación (CDE)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="171"/>
        <source>County’s determination letter:</source>
        <translation>Carta de determinación del condado:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="179"/>
        <source>County Superintendent’s determination letter: set</source>
        <translation>Carta de determinación del Superintendente del Condado: fijada</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="185"/>
        <source>County Superintendent’s determination letter</source>
        <translation>Carta de determinación del Superintendente del Condado</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="195"/>
        <source>Identified again, Dashboard year:</source>
        <translation>Identificado de nuevo, año del Dashboard:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="201"/>
        <source>Identified again, Dashboard year</source>
        <translation>Identificado de nuevo, año del Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="209"/>
        <source>Identified again on:</source>
        <translation>Identificado de nuevo el:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="217"/>
        <source>Identified again on: set</source>
        <translation>Identificado de nuevo el: fijada</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="223"/>
        <source>Identified again on</source>
        <translation>Identificado de nuevo el</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="236"/>
        <source>SPI intervention (Ed Code 52072.1; BP 0520)</source>
        <translation>Intervención del SPI (Código de Educación 52072.1; BP 0520)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="241"/>
        <source>Academic tr&amp;ustee:</source>
        <translation>Fid&amp;eicomisario académico:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="247"/>
        <source>Academic trustee</source>
        <translation>Fideicomisario académico</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="248"/>
        <source>Ed Code 52072.1(c)(4): an academic trustee appointed by the SPI; BP 0520 calls this person the academic advisor</source>
        <translation>Código de Educación 52072.1(c)(4): un fideicomisario académico nombrado por el SPI; BP 0520 llama a esta persona el asesor académico</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="253"/>
        <source>State &amp;Board approved the identification:</source>
        <translation>Apro&amp;bación de la identificación por la Junta Estatal:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="261"/>
        <source>State Board approval of the identification: set</source>
        <translation>Aprobación de la identificación por la Junta Estatal: fijada</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="267"/>
        <source>State Board approval of the identification</source>
        <translation>Aprobación de la identificación por la Junta Estatal</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="277"/>
        <source>State Board item or reference:</source>
        <translation>Punto o referencia de la Junta Estatal:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="283"/>
        <source>State Board item or reference of the identification</source>
        <translation>Punto o referencia de la Junta Estatal de la identificación</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="288"/>
        <source>CCEE determination on:</source>
        <translation>Determinación de la CCEE el:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="296"/>
        <source>CCEE determination date: set</source>
        <translation>Fecha de la determinación de la CCEE: fijada</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="302"/>
        <source>CCEE determination date</source>
        <translation>Fecha de la determinación de la CCEE</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="312"/>
        <source>CCEE determined:</source>
        <translation>La CCEE determinó:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="318"/>
        <source>What the CCEE determined</source>
        <translation>Lo que determinó la CCEE</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="321"/>
        <source>Ed Code 52072.1(b): the district failed or is unable to implement the CCEE’s recommendations, or its performance is so persistent or acute as to require intervention</source>
        <translation>Código de Educación 52072.1(b): el distrito no implementó o no puede implementar las recomendaciones de la CCEE, o su bajo rendimiento es tan persistente o agudo que requiere intervención</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="329"/>
        <source>School plan (20 USC 6311(d))</source>
        <translation>Plan escolar (20 USC 6311(d))</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="334"/>
        <source>Schoo&amp;l:</source>
        <translation>Esc&amp;uela:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="340"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="345"/>
        <source>&amp;Designation:</source>
        <translation>&amp;Designación:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="351"/>
        <source>Designation</source>
        <translation>Designación</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="357"/>
        <source>Designation &amp;year:</source>
        <translation>A&amp;ño de designación:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="363"/>
        <source>Designation year</source>
        <translation>Año de designación</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="370"/>
        <source>N&amp;eeds assessment:</source>
        <translation>E&amp;valuación de necesidades:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="376"/>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="383"/>
        <source>&amp;Resource inequities:</source>
        <translation>Desigua&amp;ldades de recursos:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="389"/>
        <source>Resource inequities</source>
        <translation>Desigualdades de recursos</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="396"/>
        <source>Stakeholder &amp;involvement:</source>
        <translation>Part&amp;icipación de los interesados:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="402"/>
        <source>Stakeholder involvement</source>
        <translation>Participación de los interesados</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="409"/>
        <source>External &amp;partner:</source>
        <translation>Socio e&amp;xterno:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="415"/>
        <source>External partner</source>
        <translation>Socio externo</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="420"/>
        <source>Approved by the school:</source>
        <translation>Aprobado por la escuela:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="428"/>
        <source>Approved by the school: set</source>
        <translation>Aprobado por la escuela: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="434"/>
        <source>Approved by the school</source>
        <translation>Aprobado por la escuela</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="444"/>
        <source>Approved by the district:</source>
        <translation>Aprobado por el distrito:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="452"/>
        <source>Approved by the district: set</source>
        <translation>Aprobado por el distrito: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="458"/>
        <source>Approved by the district</source>
        <translation>Aprobado por el distrito</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="468"/>
        <source>Approved by the State:</source>
        <translation>Aprobado por el Estado:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="476"/>
        <source>Approved by the State: set</source>
        <translation>Aprobado por el Estado: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="482"/>
        <source>Approved by the State</source>
        <translation>Aprobado por el Estado</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="492"/>
        <source>&amp;Monitoring every:</source>
        <translation>&amp;Seguimiento cada:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="498"/>
        <source>Monitoring every</source>
        <translation>Seguimiento cada</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="501"/>
        <source>No recurring reviews</source>
        <translation>Sin revisiones periódicas</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="502"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="507"/>
        <source>E&amp;xited on:</source>
        <translation>&amp;Fecha de salida:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="515"/>
        <source>Exited on: set</source>
        <translation>Fecha de salida: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="521"/>
        <source>Exited on</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="531"/>
        <source>Exit reason:</source>
        <translation>Motivo de salida:</translation>
    </message>
    <message>
        <location filename="../ui/case_form.ui" line="537"/>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
</context>
<context>
    <name>CaseFromFindingsForm</name>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="15"/>
        <source>&amp;Qualifying groups:</source>
        <translation>Gr&amp;upos que cumplen los criterios:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="21"/>
        <source>Qualifying student groups of the case</source>
        <translation>Grupos de estudiantes que cumplen los criterios del caso</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="22"/>
        <source>The groups that made the district eligible; untick a group the County Superintendent&apos;s letter does not name.</source>
        <translation>Los grupos por los que el distrito es elegible; desmarque un grupo que la carta del Superintendente del Condado no nombra.</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="28"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="33"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="37"/>
        <source>&amp;Identification (CDE) date:</source>
        <translation>Fecha de la &amp;identificación (CDE):</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="45"/>
        <source>Identification (CDE) date: set</source>
        <translation>Fecha de la identificación (CDE): con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="46"/>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="51"/>
        <source>Identification (CDE) date</source>
        <translation>Fecha de la identificación (CDE)</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="52"/>
        <location filename="../ui/case_from_findings_form.ui" line="77"/>
        <location filename="../ui/case_from_findings_form.ui" line="94"/>
        <location filename="../ui/case_from_findings_form.ui" line="128"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="62"/>
        <source>County’s &amp;letter:</source>
        <translation>Carta de&amp;l condado:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="70"/>
        <source>County Superintendent’s determination letter: set</source>
        <translation>Carta de determinación del Superintendente del Condado: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="71"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="76"/>
        <source>County Superintendent’s determination letter</source>
        <translation>Carta de determinación del Superintendente del Condado</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="87"/>
        <source>&amp;Opened on:</source>
        <translation>&amp;Abierto el:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="93"/>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="101"/>
        <source>Communication sc&amp;hedule:</source>
        <translation>Calendario de co&amp;municación:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="107"/>
        <source>Communication schedule</source>
        <translation>Calendario de comunicación</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="113"/>
        <source>&amp;First communication due:</source>
        <translation>&amp;Primera comunicación para el:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="121"/>
        <source>First communication due: set</source>
        <translation>Primera comunicación para el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="122"/>
        <source>Set</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="127"/>
        <source>First communication due</source>
        <translation>Primera comunicación para el</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="138"/>
        <source>Count&amp;y contact:</source>
        <translation>Contacto del con&amp;dado:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="144"/>
        <source>County contact</source>
        <translation>Contacto del condado</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="145"/>
        <source>Name and title at the county office</source>
        <translation>Nombre y cargo en la oficina del condado</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="150"/>
        <source>Case o&amp;wner:</source>
        <translation>&amp;Responsable del caso:</translation>
    </message>
    <message>
        <location filename="../ui/case_from_findings_form.ui" line="155"/>
        <source>Case owner</source>
        <translation>Responsable del caso</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../ui/case_page.ui" line="12"/>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="21"/>
        <source>Case type, district and status</source>
        <translation>Tipo de caso, distrito y estado</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="30"/>
        <source>Move the case to its next state</source>
        <translation>Pasar el caso a su siguiente estado</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="31"/>
        <source>&amp;Move to</source>
        <translation>&amp;Pasar a</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="38"/>
        <source>Edit the case</source>
        <translation>Editar el caso</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="39"/>
        <source>Edit &amp;case…</source>
        <translation>Editar &amp;caso…</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="44"/>
        <source>Delete the case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="45"/>
        <source>Delete case…</source>
        <translation>Eliminar caso…</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="52"/>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="55"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/case_page.ui" line="59"/>
        <source>Case overview</source>
        <translation>Resumen del caso</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <location filename="../ui/communication_form.ui" line="9"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="15"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="23"/>
        <source>Direc&amp;tion:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="29"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="35"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="41"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="47"/>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="53"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="54"/>
        <source>One line: what it was about</source>
        <translation>Una línea: de qué se trató</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="59"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="65"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="66"/>
        <source>Names and roles, separated by semicolons</source>
        <translation>Nombres y cargos, separados por punto y coma</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="71"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="77"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="84"/>
        <source>&amp;Follow-ups:</source>
        <translation>&amp;Seguimientos:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="90"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="97"/>
        <source>Answers scheduled &amp;contact:</source>
        <translation>Responde al &amp;contacto programado:</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="103"/>
        <source>Answers scheduled contact</source>
        <translation>Responde al contacto programado</translation>
    </message>
    <message>
        <location filename="../ui/communication_form.ui" line="104"/>
        <source>The County Superintendent&apos;s set date this communication answers; it meets that date&apos;s deadline</source>
        <translation>La fecha fijada por el Superintendente del Condado a la que responde esta comunicación; cumple la fecha límite de esa fecha</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="5"/>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="11"/>
        <source>A casebook your team shares on a PostgreSQL server. You connect as yourself: the server decides which districts&apos; cases you see and records your changes under your name.</source>
        <translation>Un libro de casos que su equipo comparte en un servidor PostgreSQL. Usted se conecta con su propio usuario: el servidor decide qué casos de qué distritos ve y registra sus cambios a su nombre.</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="18"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="29"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="35"/>
        <source>db.district.org, or a socket folder such as /run/postgresql</source>
        <translation>db.distrito.org, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="40"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="53"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="64"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="73"/>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="82"/>
        <source>Or a connection stri&amp;ng:</source>
        <translation>O una cadena de co&amp;nexión:</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="88"/>
        <source>postgresql://db.district.org/casebook or service=casebook</source>
        <translation>postgresql://db.distrito.org/casebook o service=casebook</translation>
    </message>
    <message>
        <location filename="../ui/connect_server_dialog.ui" line="97"/>
        <source>Casebook never stores a password. When the server asks for one, Casebook asks you; libpq can also read it from your ~/.pgpass file.</source>
        <translation>Casebook nunca guarda contraseñas. Cuando el servidor pide una, Casebook se la pregunta; libpq también puede leerla de su archivo ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DistrictForm</name>
    <message>
        <location filename="../ui/district_form.ui" line="16"/>
        <source>7 digits, or any 14-digit CDS code of the district or its schools</source>
        <translation>7 dígitos, o cualquier código CDS de 14 dígitos del distrito o de sus escuelas</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="21"/>
        <source>District &amp;name:</source>
        <translation>&amp;Nombre del distrito:</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="27"/>
        <source>District name</source>
        <translation>Nombre del distrito</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="28"/>
        <source>e.g. Sample Unified School District</source>
        <translation>p. ej., Sample Unified School District</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="9"/>
        <source>County-district c&amp;ode:</source>
        <translation>&amp;Código de condado y distrito:</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="15"/>
        <source>County-district code</source>
        <translation>Código de condado y distrito</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="33"/>
        <source>&amp;County:</source>
        <translation>C&amp;ondado:</translation>
    </message>
    <message>
        <location filename="../ui/district_form.ui" line="39"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
</context>
<context>
    <name>DocumentationItemForm</name>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="15"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="20"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="26"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="27"/>
        <location filename="../ui/documentation_item_form.ui" line="49"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="34"/>
        <source>Su&amp;bmitted on:</source>
        <translation>&amp;Entregado el:</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="42"/>
        <source>Submitted on: set</source>
        <translation>Entregado el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="43"/>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="48"/>
        <source>Submitted on</source>
        <translation>Entregado el</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="58"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="64"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="65"/>
        <source>County Superintendent of Schools</source>
        <translation>Superintendente de Escuelas del Condado</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="70"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <location filename="../ui/documentation_item_form.ui" line="76"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>ExportPacketDialog</name>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="5"/>
        <source>Export packet</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="18"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="24"/>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="25"/>
        <location filename="../ui/export_packet_dialog.ui" line="38"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="31"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="37"/>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="44"/>
        <source>Typeset the packet again for this period</source>
        <translation>Volver a componer el paquete para este período</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="45"/>
        <source>&amp;Update preview</source>
        <translation>&amp;Actualizar vista previa</translation>
    </message>
    <message>
        <location filename="../ui/export_packet_dialog.ui" line="63"/>
        <source>Preview of packet.pdf</source>
        <translation>Vista previa de packet.pdf</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../src/app/field_labels.cpp" line="89"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="90"/>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="91"/>
        <source>Attached to record</source>
        <translation>Adjunto al registro</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="92"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="93"/>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="94"/>
        <source>Size in bytes</source>
        <translation>Tamaño en bytes</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="95"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="96"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="97"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="98"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/app/field_labels.cpp" line="99"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../ui/findings_page.ui" line="9"/>
        <source>Dashboard findings</source>
        <translation>Hallazgos del Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="22"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="29"/>
        <source>District or school</source>
        <translation>Distrito o escuela</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="42"/>
        <source>Dashboard year</source>
        <translation>Año del Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="53"/>
        <source>Copy the findings as plain text</source>
        <translation>Copiar los hallazgos como texto sin formato</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="54"/>
        <source>Copy the grid, the determination and the other findings as plain text (Ctrl+C)</source>
        <translation>Copiar la cuadrícula, la determinación y los demás hallazgos como texto sin formato (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="55"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="60"/>
        <source>Export the findings to an Excel workbook</source>
        <translation>Exportar los hallazgos a un libro de Excel</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="94"/>
        <source>Enter local indicators and the CALPADS flag</source>
        <translation>Ingresar los indicadores locales y el indicador de CALPADS</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="95"/>
        <source>&amp;Local indicators…</source>
        <translation>Indicadores &amp;locales…</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="100"/>
        <source>Create a required-assistance case from these findings</source>
        <translation>Crear un caso de asistencia requerida a partir de estos hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="121"/>
        <source>All &amp;districts</source>
        <translation>Todos los &amp;distritos</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="127"/>
        <source>Determination &amp;for:</source>
        <translation>Determinación &amp;para:</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="133"/>
        <source>Dashboard year of the determinations listed</source>
        <translation>Año del Dashboard de las determinaciones de la lista</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="146"/>
        <source>The casebook&apos;s districts with their determination, open cases and overdue items</source>
        <translation>Los distritos del libro de casos con su determinación, sus casos abiertos y sus elementos vencidos</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="155"/>
        <source>Double-click a district (or press Enter) to see its findings and its schools.</source>
        <translation>Haga doble clic en un distrito (o presione Entrar) para ver sus hallazgos y sus escuelas.</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="78"/>
        <source>Student groups by indicator, with the Dashboard colour of each</source>
        <translation>Grupos estudiantiles por indicador, con el color del Dashboard de cada uno</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="16"/>
        <source>F&amp;indings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="35"/>
        <source>&amp;Year:</source>
        <translation>A&amp;ño:</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="61"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="101"/>
        <source>C&amp;reate required-assistance case…</source>
        <translation>C&amp;rear caso de asistencia requerida…</translation>
    </message>
    <message>
        <location filename="../ui/findings_page.ui" line="112"/>
        <source>Eligibility for differentiated assistance and other findings</source>
        <translation>Elegibilidad para asistencia diferenciada y otros hallazgos</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="5"/>
        <location filename="../ui/first_run_dialog.ui" line="11"/>
        <source>Welcome to Casebook</source>
        <translation>Bienvenido a Casebook</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="17"/>
        <source>Casebook keeps the obligations of board policy BP 0520 — technical-assistance requests, required assistance from the County Superintendent, SPI interventions and CSI/TSI/ATSI school plans — as cases with their deadlines, communications, documentation and an audit trail, in one casebook file. How would you like to start?</source>
        <translation>Casebook lleva las obligaciones de la política de la junta BP 0520 —solicitudes de asistencia técnica, asistencia requerida por el Superintendente del Condado, intervenciones del SPI y planes escolares CSI/TSI/ATSI— como casos con sus fechas límite, comunicaciones, documentación y un registro de auditoría, en un solo archivo de libro de casos. ¿Cómo desea comenzar?</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="22"/>
        <source>Create a new casebook</source>
        <translation>Crear un libro de casos nuevo</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="23"/>
        <source>&amp;Create a new casebook</source>
        <translation>&amp;Crear un libro de casos nuevo</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="24"/>
        <source>For your district: choose where to keep it (your data folder is suggested), then enter the district&apos;s 7-digit county-district code; Casebook fills in the county, and the name where it knows it.</source>
        <translation>Para su distrito: elija dónde guardarlo (se sugiere su carpeta de datos) y luego ingrese el código de condado y distrito de 7 dígitos; Casebook completa el condado y, cuando lo conoce, el nombre.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="29"/>
        <source>Open an existing casebook</source>
        <translation>Abrir un libro de casos existente</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="30"/>
        <source>&amp;Open an existing casebook</source>
        <translation>&amp;Abrir un libro de casos existente</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="31"/>
        <source>A casebook file a colleague shared or that you saved elsewhere.</source>
        <translation>Un archivo de libro de casos que compartió un colega o que usted guardó en otro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="36"/>
        <source>Connect to your team&apos;s server</source>
        <translation>Conectarse al servidor de su equipo</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="37"/>
        <source>Connect to your team&apos;s &amp;server</source>
        <translation>Conectarse al &amp;servidor de su equipo</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="38"/>
        <source>A casebook your district or county office shares on a PostgreSQL server: you connect as yourself and see your districts&apos; cases.</source>
        <translation>Un libro de casos que su distrito u oficina del condado comparte en un servidor PostgreSQL: usted se conecta con su propio usuario y ve los casos de sus distritos.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="43"/>
        <source>Open the demo district</source>
        <translation>Abrir el distrito de demostración</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="44"/>
        <source>Open the &amp;demo district</source>
        <translation>Abrir el distrito de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.ui" line="45"/>
        <source>A fictional district with a case of every type and two years of records, to look around.</source>
        <translation>Un distrito ficticio con un caso de cada tipo y dos años de registros, para explorar.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/home_page.ui" line="9"/>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="14"/>
        <source>Open cases by type</source>
        <translation>Casos abiertos por tipo</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="22"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="28"/>
        <source>Show the deadlines of this owner</source>
        <translation>Mostrar las fechas límite de este responsable</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="36"/>
        <source>C&amp;ase:</source>
        <translation>Ca&amp;so:</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="42"/>
        <source>Show the deadlines of this case</source>
        <translation>Mostrar las fechas límite de este caso</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="50"/>
        <source>Show &amp;met (last 30 days)</source>
        <translation>C&amp;umplidas (30 días)</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="55"/>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="56"/>
        <source>Save the deadlines listed here as CSV, Excel, iCalendar or JSON</source>
        <translation>Guardar las fechas límite de esta lista como CSV, Excel, iCalendar o JSON</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="70"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="74"/>
        <source>Overdue deadlines</source>
        <translation>Fechas límite vencidas</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="85"/>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="89"/>
        <source>Deadlines due this week</source>
        <translation>Fechas límite de esta semana</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="100"/>
        <source>Due in the next 30 days</source>
        <translation>Vencen en los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="104"/>
        <source>Deadlines due in the next 30 days</source>
        <translation>Fechas límite de los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="115"/>
        <source>Met in the last 30 days</source>
        <translation>Cumplidas en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="119"/>
        <source>Deadlines met in the last 30 days</source>
        <translation>Fechas límite cumplidas en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="130"/>
        <source>Why the selected deadline is due</source>
        <translation>Por qué vence la fecha límite seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="131"/>
        <source>Select a deadline to read why it is due.</source>
        <translation>Seleccione una fecha límite para leer por qué vence.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="146"/>
        <source>Deadline calendar</source>
        <translation>Calendario de fechas límite</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="153"/>
        <source>Due on the selected day</source>
        <translation>Vencen el día seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/home_page.ui" line="158"/>
        <source>Deadlines on the selected day</source>
        <translation>Fechas límite del día seleccionado</translation>
    </message>
</context>
<context>
    <name>InterventionForm</name>
    <message>
        <location filename="../ui/intervention_form.ui" line="9"/>
        <source>&amp;Intervention:</source>
        <translation>&amp;Intervención:</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="15"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="22"/>
        <source>&amp;Evidence tier:</source>
        <translation>&amp;Nivel de evidencia:</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="28"/>
        <source>Evidence tier</source>
        <translation>Nivel de evidencia</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="34"/>
        <source>&amp;Target group:</source>
        <translation>Grupo &amp;destinatario:</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="40"/>
        <source>Target group</source>
        <translation>Grupo destinatario</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="46"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Costo:</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="52"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../ui/intervention_form.ui" line="53"/>
        <source>$ </source>
        <translation>$ </translation>
    </message>
</context>
<context>
    <name>LocalIndicatorsDialog</name>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="5"/>
        <source>Local indicators</source>
        <translation>Indicadores locales</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="10"/>
        <source>Local indicators are self-reported to the Dashboard. From the 2023 Dashboard, &quot;Not Met for Two or More Years&quot; counts toward differentiated assistance; from 2024, so does failing to submit CALPADS data on time.</source>
        <translation>Los indicadores locales se autoinforman al Dashboard Escolar de California. A partir del Dashboard 2023, &quot;No cumplido durante dos o más años&quot; cuenta para la asistencia diferenciada; a partir de 2024, también cuenta no entregar a tiempo los datos de CALPADS.</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="15"/>
        <source>Priority &amp;1, basic services:</source>
        <translation>Prioridad &amp;1, servicios básicos:</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="16"/>
        <source>Priority 1 local indicator</source>
        <translation>Indicador local de la prioridad 1</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="17"/>
        <source>Priority &amp;2, state standards:</source>
        <translation>Prioridad &amp;2, normas estatales:</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="18"/>
        <source>Priority 2 local indicator</source>
        <translation>Indicador local de la prioridad 2</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="19"/>
        <source>Priority &amp;3, parental involvement:</source>
        <translation>Prioridad &amp;3, participación de los padres:</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="20"/>
        <source>Priority 3 local indicator</source>
        <translation>Indicador local de la prioridad 3</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="21"/>
        <source>Priority &amp;6, climate survey:</source>
        <translation>Prioridad &amp;6, encuesta de clima escolar:</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="22"/>
        <source>Priority 6 local climate survey</source>
        <translation>Encuesta local de clima escolar de la prioridad 6</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="23"/>
        <source>Priority &amp;7, course access:</source>
        <translation>Prioridad &amp;7, acceso a cursos:</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="24"/>
        <source>Priority 7 local indicator</source>
        <translation>Indicador local de la prioridad 7</translation>
    </message>
    <message>
        <location filename="../ui/local_indicators_dialog.ui" line="25"/>
        <source>CALPADS data were &amp;submitted late</source>
        <translation>Los datos de CALPADS se &amp;entregaron tarde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="6"/>
        <location filename="../ui/main_window.ui" line="21"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="18"/>
        <source>Navigator: district, cases and schools</source>
        <translation>Navegador: distrito, casos y escuelas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="24"/>
        <source>Selected page</source>
        <translation>Página seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="34"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="56"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="65"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="80"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="94"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="106"/>
        <source>&amp;New casebook…</source>
        <translation>&amp;Nuevo libro de casos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="107"/>
        <location filename="../ui/main_window.ui" line="108"/>
        <source>Create a new casebook file for a district</source>
        <translation>Crear un archivo de libro de casos nuevo para un distrito</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="109"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="112"/>
        <source>&amp;Open casebook…</source>
        <translation>&amp;Abrir libro de casos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="113"/>
        <location filename="../ui/main_window.ui" line="114"/>
        <source>Open a casebook file</source>
        <translation>Abrir un archivo de libro de casos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="115"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="123"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="124"/>
        <location filename="../ui/main_window.ui" line="125"/>
        <source>Save a consistent copy (backup) of the open casebook</source>
        <translation>Guardar una copia coherente (respaldo) del libro de casos abierto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="126"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="129"/>
        <source>&amp;Rescue records from a casebook…</source>
        <translation>Resca&amp;tar registros de un libro de casos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="130"/>
        <location filename="../ui/main_window.ui" line="131"/>
        <source>Copy the records of a casebook Casebook refuses for its schema into a new casebook</source>
        <translation>Copiar a un libro de casos nuevo los registros de un libro de casos que Casebook rechaza por su esquema</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="134"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="135"/>
        <location filename="../ui/main_window.ui" line="136"/>
        <source>Export the documentation packet of the current case</source>
        <translation>Exportar el paquete de documentación del caso actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="137"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="140"/>
        <source>&amp;Import Dashboard files…</source>
        <translation>&amp;Importar archivos del Dashboard…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="141"/>
        <location filename="../ui/main_window.ui" line="142"/>
        <source>Import the California School Dashboard data files</source>
        <translation>Importar los archivos de datos del Dashboard Escolar de California</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="145"/>
        <source>Import CSI/TSI/ATSI &amp;list…</source>
        <translation>Importar &amp;lista CSI/TSI/ATSI…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="146"/>
        <location filename="../ui/main_window.ui" line="147"/>
        <source>Import CDE&apos;s ESSA assistance status list and open or update school-plan cases</source>
        <translation>Importar la lista de estado de asistencia de ESSA del CDE y abrir o actualizar casos de plan escolar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="150"/>
        <source>Import CDE eli&amp;gibility file…</source>
        <translation>Importar archivo de ele&amp;gibilidad del CDE…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="151"/>
        <location filename="../ui/main_window.ui" line="152"/>
        <source>Import CDE&apos;s LCFF District/COE Eligibility File (assistancestatusYY.xlsx) to compare with Casebook&apos;s findings</source>
        <translation>Importar el archivo de elegibilidad LCFF de distritos y COE del CDE (assistancestatusYY.xlsx) para compararlo con los hallazgos de Casebook</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="155"/>
        <source>&amp;Compare with CDE</source>
        <translation>&amp;Comparar con el CDE</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="156"/>
        <location filename="../ui/main_window.ui" line="157"/>
        <source>Casebook&apos;s determinations beside CDE&apos;s eligibility file, every difference named</source>
        <translation>Las determinaciones de Casebook junto al archivo de elegibilidad del CDE, con cada diferencia nombrada</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="158"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="161"/>
        <source>Export &amp;deadlines…</source>
        <translation>Exportar &amp;fechas límite…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="162"/>
        <location filename="../ui/main_window.ui" line="163"/>
        <source>Save the deadlines the Deadlines page lists, narrowed as there, as an Excel workbook, CSV, iCalendar or JSON file</source>
        <translation>Guardar las fechas límite que muestra la página Fechas límite, con los mismos filtros, como libro de Excel o archivo CSV, iCalendar o JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="174"/>
        <location filename="../ui/main_window.ui" line="175"/>
        <source>District calendar, reminder window, export folder and your name for packets</source>
        <translation>Calendario del distrito, plazo de recordatorio, carpeta de exportación y su nombre para los paquetes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="118"/>
        <source>Connect to a &amp;server…</source>
        <translation>Conectarse a un &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="119"/>
        <location filename="../ui/main_window.ui" line="120"/>
        <source>Open a casebook your team shares on a PostgreSQL server</source>
        <translation>Abrir un libro de casos que su equipo comparte en un servidor PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="167"/>
        <location filename="../ui/main_window.ui" line="168"/>
        <source>Quit Casebook</source>
        <translation>Salir de Casebook</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="169"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="173"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="176"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="179"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Fechas límite</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="180"/>
        <location filename="../ui/main_window.ui" line="181"/>
        <source>Show the deadlines dashboard</source>
        <translation>Mostrar el tablero de fechas límite</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="182"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="185"/>
        <source>&amp;Findings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="186"/>
        <location filename="../ui/main_window.ui" line="187"/>
        <source>Show the Dashboard findings</source>
        <translation>Mostrar los hallazgos del Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="188"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="191"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="192"/>
        <location filename="../ui/main_window.ui" line="193"/>
        <source>Show the BP 0520 text and its references</source>
        <translation>Mostrar el texto de la BP 0520 y sus referencias</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="194"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="197"/>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="198"/>
        <location filename="../ui/main_window.ui" line="199"/>
        <source>Search cases, communications and documents</source>
        <translation>Buscar casos, comunicaciones y documentos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="200"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="203"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="204"/>
        <location filename="../ui/main_window.ui" line="205"/>
        <source>Open a new case</source>
        <translation>Abrir un caso nuevo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="206"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="209"/>
        <source>&amp;Log communication…</source>
        <translation>&amp;Registrar comunicación…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="210"/>
        <location filename="../ui/main_window.ui" line="211"/>
        <source>Log a communication on the current case</source>
        <translation>Registrar una comunicación en el caso actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="212"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="215"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar caso…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="216"/>
        <location filename="../ui/main_window.ui" line="217"/>
        <source>Edit the current case</source>
        <translation>Editar el caso actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="218"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="221"/>
        <source>Add &amp;documentation item…</source>
        <translation>Agregar &amp;documento…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="222"/>
        <location filename="../ui/main_window.ui" line="223"/>
        <source>Add a documentation item to the current case</source>
        <translation>Agregar un documento al caso actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="224"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="227"/>
        <source>Add a &amp;row to the open tab…</source>
        <translation>Agregar una &amp;fila a la pestaña abierta…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="228"/>
        <location filename="../ui/main_window.ui" line="229"/>
        <source>Add a record to the open tab of the current case (a group, a communication, a partner, …)</source>
        <translation>Agregar un registro a la pestaña abierta del caso actual (un grupo, una comunicación, un socio, …)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="230"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="233"/>
        <source>&amp;Attach file to the case…</source>
        <translation>Ad&amp;juntar archivo al caso…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="234"/>
        <location filename="../ui/main_window.ui" line="235"/>
        <source>Keep a file with the current case</source>
        <translation>Guardar un archivo con el caso actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="236"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="239"/>
        <source>Record CDE&apos;s e&amp;xit…</source>
        <translation>Registrar la sa&amp;lida según el CDE…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="240"/>
        <location filename="../ui/main_window.ui" line="241"/>
        <source>Record the school&apos;s exit as CDE&apos;s ESSA file decided it (school plans)</source>
        <translation>Registrar la salida de la escuela tal como la decidió el archivo ESSA del CDE (planes escolares)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="244"/>
        <source>Export the case&apos;s &amp;packet…</source>
        <translation>Exportar el paq&amp;uete del caso…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="245"/>
        <location filename="../ui/main_window.ui" line="246"/>
        <source>Export the documentation packet of the current case (File ▸ Export packet…, Ctrl+E)</source>
        <translation>Exportar el paquete de documentación del caso actual (Archivo ▸ Exportar paquete…, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="249"/>
        <source>Dele&amp;te case…</source>
        <translation>Elim&amp;inar caso…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="250"/>
        <location filename="../ui/main_window.ui" line="251"/>
        <source>Delete the current case with everything it holds</source>
        <translation>Eliminar el caso actual con todo lo que contiene</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="252"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="255"/>
        <source>Add &amp;school…</source>
        <translation>Agregar e&amp;scuela…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="256"/>
        <location filename="../ui/main_window.ui" line="257"/>
        <source>Add a school of the district</source>
        <translation>Agregar una escuela del distrito</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="260"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="261"/>
        <location filename="../ui/main_window.ui" line="262"/>
        <source>Open the user guide</source>
        <translation>Abrir la guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="263"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="266"/>
        <source>BP 0520 &amp;policy text</source>
        <translation>Texto de la &amp;política BP 0520</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="267"/>
        <location filename="../ui/main_window.ui" line="268"/>
        <source>Show the policy text</source>
        <translation>Mostrar el texto de la política</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="271"/>
        <source>Open the &amp;demo district</source>
        <translation>Abrir el distrito de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="272"/>
        <location filename="../ui/main_window.ui" line="273"/>
        <source>Open the fictional demo district</source>
        <translation>Abrir el distrito ficticio de demostración</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="276"/>
        <source>&amp;About Casebook</source>
        <translation>&amp;Acerca de Casebook</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="277"/>
        <location filename="../ui/main_window.ui" line="278"/>
        <source>About Casebook</source>
        <translation>Acerca de Casebook</translation>
    </message>
</context>
<context>
    <name>MonitoringReviewForm</name>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="9"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="15"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="16"/>
        <location filename="../ui/monitoring_review_form.ui" line="38"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="23"/>
        <source>&amp;Held on:</source>
        <translation>&amp;Realizada el:</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="31"/>
        <source>Held on: set</source>
        <translation>Realizada el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="32"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="37"/>
        <source>Held on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="47"/>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <location filename="../ui/monitoring_review_form.ui" line="53"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../ui/partner_form.ui" line="9"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="15"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="21"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="32"/>
        <source>S&amp;cope:</source>
        <translation>&amp;Alcance:</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="38"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="45"/>
        <source>C&amp;ost to the district:</source>
        <translation>C&amp;osto para el distrito:</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="51"/>
        <source>Cost to the district</source>
        <translation>Costo para el distrito</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="52"/>
        <source>$ </source>
        <translation>$ </translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="59"/>
        <source>St&amp;art:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="65"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="66"/>
        <location filename="../ui/partner_form.ui" line="88"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="73"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="81"/>
        <source>End: set</source>
        <translation>Fin: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="82"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../ui/partner_form.ui" line="87"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="5"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="10"/>
        <source>District calendar (stored in this casebook, the same for every user)</source>
        <translation>Calendario del distrito (guardado en este libro de casos, el mismo para todos los usuarios)</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="14"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="20"/>
        <source>District time zone</source>
        <translation>Zona horaria del distrito</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="26"/>
        <source>&amp;Dashboard release:</source>
        <translation>Publicación del &amp;Dashboard:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="32"/>
        <source>Dashboard release date each year</source>
        <translation>Fecha de publicación del Dashboard cada año</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="33"/>
        <location filename="../ui/preferences_dialog.ui" line="59"/>
        <source>MMMM d</source>
        <translation>MMMM d</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="38"/>
        <source>School plan &amp;approval due:</source>
        <translation>&amp;Aprobación del plan escolar para el:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="44"/>
        <source>Days after designation a school plan approval is due</source>
        <translation>Días después de la designación en que vence la aprobación de un plan escolar</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="45"/>
        <source>By the July 1 after designation</source>
        <translation>Antes del 1 de julio posterior a la designación</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="46"/>
        <source> days after designation</source>
        <translation> días después de la designación</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="52"/>
        <source>ESSA assistance file &amp;expected:</source>
        <translation>Archivo de asistencia ESSA es&amp;perado:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="58"/>
        <source>Day each year CDE&apos;s ESSA assistance status file is expected; school-plan exit reviews are due then</source>
        <translation>Día de cada año en que se espera el archivo de estado de asistencia ESSA del CDE; las revisiones de salida de los planes escolares vencen entonces</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="64"/>
        <source>Review exit on each anniversary of the designation instead (our own schedule)</source>
        <translation>Revisar la salida en cada aniversario de la designación (nuestro propio calendario)</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="69"/>
        <source>CSI exit &amp;limit:</source>
        <translation>&amp;Límite de salida CSI:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="75"/>
        <source>Years a CSI school has to exit before more rigorous interventions</source>
        <translation>Años que tiene una escuela CSI para salir antes de intervenciones más rigurosas</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="76"/>
        <source>20 USC 6311(d)(3)(A)(i)(I): a number of years the State determines, not to exceed four</source>
        <translation>20 USC 6311(d)(3)(A)(i)(I): un número de años que determina el Estado, no más de cuatro</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="77"/>
        <source> years, then more rigorous interventions</source>
        <translation> años, luego intervenciones más rigurosas</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="87"/>
        <source>Your preferences</source>
        <translation>Sus preferencias</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="91"/>
        <source>&amp;Remind me of deadlines:</source>
        <translation>&amp;Recordarme las fechas límite:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="97"/>
        <source>Reminder window in days</source>
        <translation>Período de recordatorio en días</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="100"/>
        <source> days ahead</source>
        <translation> días de anticipación</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="105"/>
        <source>&amp;Export folder:</source>
        <translation>Carpeta de &amp;exportación:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="113"/>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="118"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="125"/>
        <source>&amp;Your name and title:</source>
        <translation>Su &amp;nombre y cargo:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="131"/>
        <source>Your name and title, as a packet&apos;s “Prepared by” names you</source>
        <translation>Su nombre y cargo, tal como lo nombra el “Preparado por” de un paquete</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="132"/>
        <source>e.g. Maria Lopez, Director of Accountability</source>
        <translation>p. ej., Maria Lopez, Director of Accountability</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.ui" line="133"/>
        <source>A packet&apos;s cover says it was prepared by you, as written here</source>
        <translation>La portada de un paquete indica que usted lo preparó, tal como se escribe aquí</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/case_page.cpp" line="58"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="69"/>
        <location filename="../src/app/case_page.cpp" line="75"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="74"/>
        <source>Not submitted</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="76"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="23"/>
        <source>Casebook tracks the obligations of board policy BP 0520 as cases: deadlines, communications, documentation, evidence and an audit trail, in one SQLite casebook file.</source>
        <translation>Casebook da seguimiento a las obligaciones de la política de la junta BP 0520 como casos: fechas límite, comunicaciones, documentación, evidencia y un registro de auditoría, en un solo archivo SQLite de libro de casos.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="29"/>
        <source>Open the casebook at &lt;path&gt; (a file, created when it does not exist), or the casebook on a PostgreSQL server at a postgresql:// URI or service=NAME. Without it: the last casebook, else the default one, else a first-run choice.</source>
        <translation>Abre el libro de casos en &lt;path&gt; (un archivo, que se crea si no existe), o el libro de casos de un servidor PostgreSQL en una URI postgresql:// o service=NOMBRE. Sin esta opción: el último libro de casos, si no el predeterminado, si no la elección del primer inicio.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../src/app/startup.cpp" line="43"/>
        <source>Create a casebook for your district</source>
        <translation>Cree un libro de casos para su distrito</translation>
    </message>
    <message>
        <location filename="../src/app/startup.cpp" line="77"/>
        <source>Open casebook</source>
        <translation>Abrir libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/startup.cpp" line="78"/>
        <source>Casebook files (*.sqlite *.casebook);;All files (*)</source>
        <translation>Archivos de libro de casos (*.sqlite *.casebook);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="173"/>
        <source>Who prepares the packet?</source>
        <translation>¿Quién prepara el paquete?</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="174"/>
        <source>Your name and title, as the packet&apos;s cover names who prepared it
(kept for the next packets; change it in Edit ▸ Preferences…):</source>
        <translation>Su nombre y cargo, tal como la portada del paquete nombra a quien lo preparó
(se conserva para los próximos paquetes; cámbielo en Editar ▸ Preferencias…):</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="178"/>
        <source>e.g. Maria Lopez, Director of Accountability</source>
        <translation>p. ej., Maria Lopez, Director of Accountability</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="191"/>
        <source>Packet saved</source>
        <translation>Paquete guardado</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="192"/>
        <source>The packet is saved as
%1</source>
        <translation>El paquete se guardó como
%1</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="193"/>
        <source>The packet is saved as
%1

and its PDF beside it as
%2</source>
        <translation>El paquete se guardó como
%1

y su PDF, a su lado, como
%2</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="197"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="198"/>
        <source>Open &amp;PDF</source>
        <translation>Abrir &amp;PDF</translation>
    </message>
</context>
<context>
    <name>QualifyingGroupForm</name>
    <message>
        <location filename="../ui/qualifying_group_form.ui" line="9"/>
        <source>S&amp;tudent group:</source>
        <translation>Grupo &amp;estudiantil:</translation>
    </message>
    <message>
        <location filename="../ui/qualifying_group_form.ui" line="15"/>
        <source>Student group</source>
        <translation>Grupo estudiantil</translation>
    </message>
    <message>
        <location filename="../ui/qualifying_group_form.ui" line="21"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location filename="../ui/qualifying_group_form.ui" line="27"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../ui/qualifying_group_form.ui" line="33"/>
        <source>LCFF &amp;priority:</source>
        <translation>&amp;Prioridad de LCFF:</translation>
    </message>
    <message>
        <location filename="../ui/qualifying_group_form.ui" line="39"/>
        <source>LCFF priority</source>
        <translation>Prioridad de LCFF</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <location filename="../ui/recommendation_form.ui" line="9"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendación:</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="15"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="22"/>
        <source>Re&amp;ceived on:</source>
        <translation>Re&amp;cibida el:</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="28"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="29"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="36"/>
        <source>C&amp;onsideration:</source>
        <translation>C&amp;onsideración:</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="42"/>
        <source>Consideration</source>
        <translation>Consideración</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="48"/>
        <source>R&amp;ationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="54"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="61"/>
        <source>&amp;LCAP goal:</source>
        <translation>Meta del &amp;LCAP:</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_form.ui" line="67"/>
        <source>LCAP goal</source>
        <translation>Meta del LCAP</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <location filename="../ui/reconcile_page.ui" line="9"/>
        <source>Compare with CDE&apos;s determinations</source>
        <translation>Comparar con las determinaciones del CDE</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="16"/>
        <source>Eligibility file &amp;year:</source>
        <translation>Año del &amp;archivo de elegibilidad:</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="22"/>
        <source>Year of CDE&apos;s eligibility file</source>
        <translation>Año del archivo de elegibilidad del CDE</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="28"/>
        <source>Show only districts that &amp;differ</source>
        <translation>Mostrar solo los distritos que &amp;difieren</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="38"/>
        <source>Import CDE&apos;s LCFF District/COE Eligibility File</source>
        <translation>Importar el archivo de elegibilidad LCFF de distritos y COE del CDE</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="39"/>
        <source>&amp;Import eligibility file…</source>
        <translation>&amp;Importar archivo de elegibilidad…</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="51"/>
        <source>Each district: CDE&apos;s status, Casebook&apos;s finding, and every difference</source>
        <translation>Cada distrito: el estado según el CDE, el hallazgo de Casebook y cada diferencia</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="55"/>
        <source>District or student group</source>
        <translation>Distrito o grupo estudiantil</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="56"/>
        <source>CDE</source>
        <translation>CDE</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="57"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location filename="../ui/reconcile_page.ui" line="58"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../src/app/record_form.cpp" line="61"/>
        <source>All students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="65"/>
        <source>Local indicator / other</source>
        <translation>Indicador local / otro</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="70"/>
        <source>Not tied to one activity</source>
        <translation>No vinculado a una sola actividad</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="332"/>
        <source>Validation error</source>
        <translation>Error de validación</translation>
    </message>
</context>
<context>
    <name>ScheduledContactForm</name>
    <message>
        <location filename="../ui/scheduled_contact_form.ui" line="9"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../ui/scheduled_contact_form.ui" line="15"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../ui/scheduled_contact_form.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/scheduled_contact_form.ui" line="23"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../ui/scheduled_contact_form.ui" line="29"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../ui/school_form.ui" line="9"/>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <location filename="../ui/school_form.ui" line="15"/>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <location filename="../ui/school_form.ui" line="20"/>
        <source>&amp;CDS code:</source>
        <translation>Código &amp;CDS:</translation>
    </message>
    <message>
        <location filename="../ui/school_form.ui" line="26"/>
        <source>CDS code</source>
        <translation>Código CDS</translation>
    </message>
    <message>
        <location filename="../ui/school_form.ui" line="27"/>
        <source>14 digits</source>
        <translation>14 dígitos</translation>
    </message>
    <message>
        <location filename="../ui/school_form.ui" line="39"/>
        <source>Charter school</source>
        <translation>Escuela chárter</translation>
    </message>
    <message>
        <location filename="../ui/school_form.ui" line="51"/>
        <source>Title I school</source>
        <translation>Escuela de Título I</translation>
    </message>
</context>
<context>
    <name>SpiActionForm</name>
    <message>
        <location filename="../ui/spi_action_form.ui" line="9"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="15"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="21"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="27"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="41"/>
        <source>The district action is required by a collective bargaining agreement</source>
        <translation>La acción del distrito es exigida por un convenio colectivo de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="46"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="52"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="58"/>
        <source>D&amp;ue on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="66"/>
        <source>Due on: set</source>
        <translation>Vence el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="67"/>
        <location filename="../ui/spi_action_form.ui" line="128"/>
        <source>Set</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="72"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="73"/>
        <location filename="../ui/spi_action_form.ui" line="97"/>
        <location filename="../ui/spi_action_form.ui" line="134"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="82"/>
        <source>Co&amp;mpleted on:</source>
        <translation>Com&amp;pletado el:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="90"/>
        <source>Completed on: set</source>
        <translation>Completado el: con fecha</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="91"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="96"/>
        <source>Completed on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="106"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="112"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="119"/>
        <source>State &amp;Board approved on:</source>
        <translation>Apro&amp;bada por la Junta Estatal el:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="127"/>
        <source>State Board approval date: set</source>
        <translation>Fecha de aprobación de la Junta Estatal: fijada</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="133"/>
        <source>State Board approval date</source>
        <translation>Fecha de aprobación de la Junta Estatal</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="143"/>
        <source>State Board item or re&amp;ference:</source>
        <translation>Punto o re&amp;ferencia de la Junta Estatal:</translation>
    </message>
    <message>
        <location filename="../ui/spi_action_form.ui" line="149"/>
        <source>State Board item or reference</source>
        <translation>Punto o referencia de la Junta Estatal</translation>
    </message>
</context>
<context>
    <name>casebook::app::AttachmentPanel</name>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="26"/>
        <location filename="../src/app/attachment_panel.cpp" line="67"/>
        <source>Attach &amp;file…</source>
        <translation>Adjuntar &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="26"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="27"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="30"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="32"/>
        <location filename="../src/app/attachment_panel.cpp" line="69"/>
        <source>Attachments — drop files here</source>
        <translation>Archivos adjuntos: suelte los archivos aquí</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="67"/>
        <source>Attach &amp;files…</source>
        <translation>Adjuntar a&amp;rchivos…</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="68"/>
        <source>Attachments — drop files here; they are attached when you save</source>
        <translation>Archivos adjuntos: suelte los archivos aquí; se adjuntan al guardar</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="75"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="89"/>
        <source>%1   (attached when you save)</source>
        <translation>%1   (se adjunta al guardar)</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="125"/>
        <source>Cannot attach the file</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="163"/>
        <location filename="../src/app/attachment_panel.cpp" line="178"/>
        <source>Cannot open the attachment</source>
        <translation>No se puede abrir el archivo adjunto</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="198"/>
        <source>Remove attachment</source>
        <translation>Quitar el archivo adjunto</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="199"/>
        <source>Remove “%1” from the casebook? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Quitar “%1” del libro de casos? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <location filename="../src/app/attachment_panel.cpp" line="203"/>
        <source>Cannot remove the attachment</source>
        <translation>No se puede quitar el archivo adjunto</translation>
    </message>
</context>
<context>
    <name>casebook::app::AuditTableModel</name>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="22"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="24"/>
        <source>Qualifying group</source>
        <translation>Grupo que cumple los criterios</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="26"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="28"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="30"/>
        <source>Scheduled communication</source>
        <translation>Comunicación programada</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="32"/>
        <source>Documentation item</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="34"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="36"/>
        <source>CCEE recommendation</source>
        <translation>Recomendación de la CCEE</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="38"/>
        <source>SPI action</source>
        <translation>Acción del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="40"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="42"/>
        <source>Monitoring review</source>
        <translation>Revisión de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="44"/>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="46"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="48"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="50"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="52"/>
        <source>Local indicator</source>
        <translation>Indicador local</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="54"/>
        <source>CALPADS submission</source>
        <translation>Entrega de CALPADS</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="56"/>
        <source>Dashboard import</source>
        <translation>Importación del Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="58"/>
        <source>ESSA assistance status</source>
        <translation>Estado de asistencia de ESSA</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="60"/>
        <source>CDE eligibility import</source>
        <translation>Importación de elegibilidad del CDE</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="93"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="94"/>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="95"/>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="96"/>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="117"/>
        <location filename="../src/app/audit_table_model.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="119"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="123"/>
        <source>%1 was %2</source>
        <translation>%1 era %2</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="156"/>
        <source>%1 (UTC, as recorded)</source>
        <translation>%1 (UTC, tal como se registró)</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="158"/>
        <source>%1 %2</source>
        <comment>History: a record&apos;s kind and its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="173"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="174"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="175"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="176"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="177"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>casebook::app::CasePage</name>
    <message>
        <location filename="../src/app/case_page.cpp" line="211"/>
        <source>New %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="215"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="221"/>
        <location filename="../src/app/case_page.cpp" line="224"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="222"/>
        <source>Delete this %1? You can undo it with Edit ▸ Undo.</source>
        <translation>¿Eliminar este registro (%1)? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="225"/>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="234"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="234"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="235"/>
        <source>Student group</source>
        <translation>Grupo estudiantil</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="236"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="237"/>
        <source>LCFF priority</source>
        <translation>Prioridad de LCFF</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="238"/>
        <source>qualifying group</source>
        <translation>grupo que cumple los criterios</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="240"/>
        <source>Activities 1–5</source>
        <translation>Actividades 1–5</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="240"/>
        <location filename="../src/app/case_page.cpp" line="245"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="241"/>
        <location filename="../src/app/case_page.cpp" line="477"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="242"/>
        <location filename="../src/app/case_page.cpp" line="296"/>
        <location filename="../src/app/case_page.cpp" line="476"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="242"/>
        <location filename="../src/app/case_page.cpp" line="268"/>
        <location filename="../src/app/case_page.cpp" line="273"/>
        <location filename="../src/app/case_page.cpp" line="307"/>
        <location filename="../src/app/case_page.cpp" line="318"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="244"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="243"/>
        <location filename="../src/app/case_page.cpp" line="308"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="163"/>
        <source>; what you typed is still in this form</source>
        <translation>; lo que escribió sigue en este formulario</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="166"/>
        <source>Somebody</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="189"/>
        <source>Merged with %1&apos;s changes. Fields you both changed keep your value; review and save again.</source>
        <translation>Combinado con los cambios de %1. Los campos que cambiaron ambos conservan su valor; revíselos y guarde de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="250"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="250"/>
        <location filename="../src/app/case_page.cpp" line="257"/>
        <source>communication</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="251"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="253"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="255"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="256"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="267"/>
        <source>Scheduled contacts</source>
        <translation>Contactos programados</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="267"/>
        <location filename="../src/app/case_page.cpp" line="269"/>
        <source>scheduled contact</source>
        <translation>contacto programado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="268"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="271"/>
        <location filename="../src/app/case_page.cpp" line="658"/>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="271"/>
        <location filename="../src/app/case_page.cpp" line="276"/>
        <source>documentation item</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="273"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="274"/>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="275"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="282"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="282"/>
        <location filename="../src/app/case_page.cpp" line="286"/>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="283"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="283"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="284"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="284"/>
        <location filename="../src/app/case_page.cpp" line="314"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="285"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="285"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="288"/>
        <source>CCEE</source>
        <translation>CCEE</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="288"/>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="289"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="289"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="290"/>
        <source>Consideration</source>
        <translation>Consideración</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="291"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="291"/>
        <source>LCAP goal</source>
        <translation>Meta del LCAP</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="292"/>
        <source>CCEE recommendation</source>
        <translation>recomendación del CCEE</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="294"/>
        <source>SPI actions</source>
        <translation>Acciones del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="294"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="295"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="295"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="297"/>
        <location filename="../src/app/case_page.cpp" line="544"/>
        <source>State Board approval</source>
        <translation>Aprobación de la Junta Estatal</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="304"/>
        <source>awaiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="308"/>
        <location filename="../src/app/case_page.cpp" line="319"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="309"/>
        <source>SPI action</source>
        <translation>acción del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="311"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="311"/>
        <location filename="../src/app/case_page.cpp" line="315"/>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="312"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="313"/>
        <source>ESSA tier</source>
        <translation>Nivel de ESSA</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="314"/>
        <source>Target group</source>
        <translation>Grupo destinatario</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="317"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="317"/>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="318"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="320"/>
        <source>monitoring review</source>
        <translation>revisión de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="336"/>
        <source>Audit trail of the case</source>
        <translation>Registro de auditoría del caso</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="394"/>
        <location filename="../src/app/case_page.cpp" line="678"/>
        <source>Answers</source>
        <translation>Responde a</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="417"/>
        <location filename="../src/app/case_page.cpp" line="578"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="427"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="428"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="445"/>
        <source>Required technical assistance</source>
        <translation>Asistencia técnica requerida</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="445"/>
        <source>Technical-assistance request</source>
        <translation>Solicitud de asistencia técnica</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="449"/>
        <source>%1 · %2 · Status: %3 · Case %4</source>
        <translation>%1 · %2 · Estado: %3 · Caso %4</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="458"/>
        <source>The case cannot move</source>
        <translation>El caso no puede avanzar</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="473"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="475"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="478"/>
        <location filename="../src/app/case_page.cpp" line="481"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="482"/>
        <source>BP 0520 (Ed Code 52071): for a minimum of two years the district keeps regular communication with the County Superintendent and gives timely documentation of activities 1–5 or substantially similar activities.</source>
        <translation>BP 0520 (Código de Educación 52071): durante un mínimo de dos años el distrito mantiene comunicación regular con el Superintendente del Condado y entrega documentación oportuna de las actividades 1–5 o de actividades sustancialmente similares.</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="492"/>
        <source>Ed Code 52072.1: with the State Board&apos;s approval the SPI identifies the district and takes each action; BP 0520: the district cooperates with the SPI and any academic advisor (the statute&apos;s academic trustee).</source>
        <translation>Código de Educación 52072.1: con la aprobación de la Junta Estatal, el SPI identifica al distrito y toma cada medida; BP 0520: el distrito coopera con el SPI y con cualquier asesor académico (el fideicomisario académico de la ley).</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="513"/>
        <source>%1: two years from %2 (Ed Code 52071(c)(1)), once activities 1–5 are done</source>
        <translation>%1: dos años desde %2 (Código de Educación 52071(c)(1)), una vez realizadas las actividades 1–5</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="521"/>
        <source>CDE&apos;s determination</source>
        <translation>Determinación del CDE</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="521"/>
        <source>%1 (%2 LCFF eligibility file)</source>
        <translation>%1 (archivo de elegibilidad LCFF %2)</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="527"/>
        <source>CDE&apos;s decision</source>
        <translation>Decisión del CDE</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="528"/>
        <source>%1: the school exits (%2–%3 ESSA assistance file %4). &lt;a href=&apos;exit:record&apos;&gt;Record the exit…&lt;/a&gt;</source>
        <translation>%1: la escuela sale (archivo de asistencia ESSA %2–%3, %4). &lt;a href=&apos;exit:record&apos;&gt;Registrar la salida…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="543"/>
        <source>Academic trustee</source>
        <translation>Fideicomisario académico</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="547"/>
        <source>awaiting State Board approval (Ed Code 52072.1(a))</source>
        <translation>pendiente de aprobación de la Junta Estatal (Código de Educación 52072.1(a))</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="549"/>
        <source>CCEE determination</source>
        <translation>Determinación de la CCEE</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="487"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="196"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="252"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="254"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="488"/>
        <source>Ed Code 52071: the Board may request technical assistance from the County Superintendent.</source>
        <translation>Código de Educación 52071: la Junta puede solicitar asistencia técnica al Superintendente del Condado.</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="491"/>
        <location filename="../src/app/case_page.cpp" line="506"/>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="497"/>
        <source>Designated</source>
        <translation>Designado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="498"/>
        <source>20 USC 6311(d): the school develops and implements a plan (in California, in the SPSA).</source>
        <translation>20 USC 6311(d): la escuela elabora e implementa un plan (en California, en el SPSA).</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="503"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="505"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="506"/>
        <location filename="../src/app/case_page.cpp" line="511"/>
        <source>%1 (%2 Dashboard)</source>
        <translation>%1 (Dashboard %2)</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="508"/>
        <source>County&apos;s letter</source>
        <translation>Carta del condado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="510"/>
        <source>Identified again</source>
        <translation>Identificado de nuevo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="513"/>
        <source>Earliest close</source>
        <translation>Cierre más próximo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="537"/>
        <source>, from %1</source>
        <translation>, a partir del %1</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="538"/>
        <source>Communication schedule</source>
        <translation>Calendario de comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="540"/>
        <source>County contact</source>
        <translation>Contacto del condado</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="554"/>
        <source>Designation</source>
        <translation>Designación</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="558"/>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="559"/>
        <source>Resource inequities</source>
        <translation>Desigualdades de recursos</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="560"/>
        <source>Stakeholder involvement</source>
        <translation>Participación de los interesados</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="561"/>
        <source>External partner</source>
        <translation>Socio externo</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="562"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="562"/>
        <source>school %1 · district %2 · State %3</source>
        <translation>escuela %1 · distrito %2 · Estado %3</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="567"/>
        <source>Exited</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="573"/>
        <source>%1 — %2 (priority %3)&lt;br&gt;</source>
        <translation>%1 — %2 (prioridad %3)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="575"/>
        <source>local indicator</source>
        <translation>indicador local</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="578"/>
        <source>Qualifying groups</source>
        <translation>Grupos que cumplen los criterios</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="580"/>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="581"/>
        <source>Read the BP 0520 clause</source>
        <translation>Leer la cláusula de la BP 0520</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="583"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="587"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="593"/>
        <source>Activities (Ed Code 52071)</source>
        <translation>Actividades (Código de Educación 52071)</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="614"/>
        <source>Record the school&apos;s exit</source>
        <translation>Registrar la salida de la escuela</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="615"/>
        <source>Record that the school exits, as CDE decided, today, and move the plan to “Exited”?

Reason: %1</source>
        <translation>¿Registrar hoy que la escuela sale, como lo decidió el CDE, y pasar el plan a “Salió”?

Motivo: %1</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="620"/>
        <source>The exit was not recorded</source>
        <translation>No se registró la salida</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/case_page.cpp" line="648"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="651"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="671"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="671"/>
        <source>%1 (%2 submitted)</source>
        <translation>%1 (%2 entregado)</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="711"/>
        <location filename="../src/app/case_page.cpp" line="729"/>
        <location filename="../src/app/case_page.cpp" line="731"/>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="731"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="787"/>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="788"/>
        <source>Delete “%1” with all its communications, documentation and attachments?

You can undo this with Edit ▸ Undo while Casebook stays open; the audit trail keeps a record either way.</source>
        <translation>¿Eliminar “%1” con todas sus comunicaciones, documentación y archivos adjuntos?

Puede deshacerlo con Editar ▸ Deshacer mientras Casebook siga abierto; el registro de auditoría conserva constancia en cualquier caso.</translation>
    </message>
    <message>
        <location filename="../src/app/case_page.cpp" line="795"/>
        <source>Cannot delete the case</source>
        <translation>No se puede eliminar el caso</translation>
    </message>
</context>
<context>
    <name>casebook::app::CasebookSession</name>
    <message>
        <location filename="../src/app/session.cpp" line="48"/>
        <source>The casebook was upgraded from schema version %1 to %2. A copy of the old file was saved as %3.</source>
        <translation>El libro de casos se actualizó de la versión de esquema %1 a la %2. Se guardó una copia del archivo anterior como %3.</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="73"/>
        <source>Change calendar settings</source>
        <translation>Cambiar la configuración del calendario</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="147"/>
        <location filename="../src/app/session.cpp" line="157"/>
        <source>Create case “%1”</source>
        <translation>Crear el caso “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="166"/>
        <source>Move case to “%1”</source>
        <translation>Pasar el caso a “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="175"/>
        <source>Record the school&apos;s exit</source>
        <translation>Registrar la salida de la escuela</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="184"/>
        <source>Delete case “%1”</source>
        <translation>Eliminar el caso “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="192"/>
        <source>Attach “%1”</source>
        <translation>Adjuntar “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/session.cpp" line="198"/>
        <source>Delete attachment “%1”</source>
        <translation>Eliminar el archivo adjunto “%1”</translation>
    </message>
</context>
<context>
    <name>casebook::app::CommunicationReader</name>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="27"/>
        <source>The selected communication in full</source>
        <translation>La comunicación seleccionada completa</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="37"/>
        <source>Select a communication to read it in full here.</source>
        <translation>Seleccione una comunicación para leerla completa aquí.</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="40"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="49"/>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="51"/>
        <source>scheduled contact %1</source>
        <translation>contacto programado %1</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="55"/>
        <source>Answers the scheduled contact:</source>
        <translation>Responde al contacto programado:</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="57"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location filename="../src/app/communication_reader.cpp" line="59"/>
        <source>Follow-ups:</source>
        <translation>Seguimientos:</translation>
    </message>
</context>
<context>
    <name>casebook::app::ConnectServerDialog</name>
    <message>
        <location filename="../src/app/connect_server_dialog.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../src/app/connect_server_dialog.cpp" line="24"/>
        <source>Encrypted, server&apos;s certificate verified (verify-full)</source>
        <translation>Cifrado, con el certificado del servidor verificado (verify-full)</translation>
    </message>
    <message>
        <location filename="../src/app/connect_server_dialog.cpp" line="26"/>
        <source>Encrypted, not verified (require)</source>
        <translation>Cifrado, sin verificar (require)</translation>
    </message>
    <message>
        <location filename="../src/app/connect_server_dialog.cpp" line="27"/>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Cifrado cuando el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <location filename="../src/app/connect_server_dialog.cpp" line="29"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../src/app/connect_server_dialog.cpp" line="29"/>
        <source>Choose a server…</source>
        <translation>Elija un servidor…</translation>
    </message>
</context>
<context>
    <name>casebook::app::DeadlineTableModel</name>
    <message>
        <location filename="../src/app/deadline_table_model.cpp" line="58"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../src/app/deadline_table_model.cpp" line="59"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/app/deadline_table_model.cpp" line="60"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../src/app/deadline_table_model.cpp" line="61"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../src/app/deadline_table_model.cpp" line="62"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/app/deadline_table_model.cpp" line="63"/>
        <source>Why it is due</source>
        <translation>Por qué vence</translation>
    </message>
</context>
<context>
    <name>casebook::app::EditConflictDialog</name>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="23"/>
        <source>Changed by somebody else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="26"/>
        <source>&lt;b&gt;%1 saved this %2 at %3&lt;/b&gt;, after you opened it. Your changes are not saved yet; nothing you typed is lost.&lt;br&gt;Fields changed on both sides are in bold.</source>
        <translation>&lt;b&gt;%1 guardó este registro (%2) a las %3&lt;/b&gt;, después de que usted lo abrió. Sus cambios aún no están guardados; no se pierde nada de lo que escribió.&lt;br&gt;Los campos cambiados por ambos están en negrita.</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="40"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="44"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="44"/>
        <source>When you opened it</source>
        <translation>Al abrirlo</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="44"/>
        <source>Theirs, saved</source>
        <translation>Lo suyo, guardado</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="44"/>
        <source>Yours, typed</source>
        <translation>Lo de usted, escrito</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="57"/>
        <source>(not in the form)</source>
        <translation>(no está en el formulario)</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="77"/>
        <source>&amp;Merge in the form</source>
        <translation>&amp;Combinar en el formulario</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="79"/>
        <source>Their values where only they changed a field, yours where you did; review and save again</source>
        <translation>Sus valores donde solo la otra persona cambió un campo, los de usted donde usted lo cambió; revise y guarde de nuevo</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="80"/>
        <source>&amp;Apply mine again</source>
        <translation>&amp;Aplicar lo mío de nuevo</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="82"/>
        <source>Save every field as you typed it, over their changes</source>
        <translation>Guardar cada campo como lo escribió, sobre los cambios de la otra persona</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="83"/>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Quedarse con lo suyo</translation>
    </message>
    <message>
        <location filename="../src/app/edit_conflict_dialog.cpp" line="85"/>
        <source>Close the form without saving what you typed</source>
        <translation>Cerrar el formulario sin guardar lo que escribió</translation>
    </message>
</context>
<context>
    <name>casebook::app::ExportPacketDialog</name>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="44"/>
        <source>&amp;Save packet…</source>
        <translation>&amp;Guardar paquete…</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="58"/>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="60"/>
        <source>Prepared by: not named (Edit ▸ Preferences…)</source>
        <translation>Preparado por: sin nombre (Editar ▸ Preferencias…)</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="61"/>
        <source>Prepared by: %1</source>
        <translation>Preparado por: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="97"/>
        <source>The packet cannot be made: %1</source>
        <translation>No se puede generar el paquete: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="107"/>
        <source>%1; packet.pdf, packet.json and %2 in one zip.</source>
        <comment>pages; attachments</comment>
        <translation>%1; packet.pdf, packet.json y %2 en un zip.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/export_packet_dialog.cpp" line="108"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/export_packet_dialog.cpp" line="109"/>
        <source>%n attached file(s)</source>
        <comment>in the packet&apos;s zip</comment>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="135"/>
        <location filename="../src/app/export_packet_dialog.cpp" line="140"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="150"/>
        <source>The packet was saved as %1, but its PDF could not be saved beside it: %2</source>
        <translation>El paquete se guardó como %1, pero su PDF no se pudo guardar a su lado: %2</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="159"/>
        <source>Save packet</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="159"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/app/export_packet_dialog.cpp" line="145"/>
        <location filename="../src/app/export_packet_dialog.cpp" line="149"/>
        <source>Packet saved</source>
        <translation>Paquete guardado</translation>
    </message>
</context>
<context>
    <name>casebook::app::FindingsPage</name>
    <message>
        <location filename="../src/app/findings_page.cpp" line="102"/>
        <source>&lt;h2&gt;No Dashboard results yet&lt;/h2&gt;&lt;p&gt;Findings come from the California School Dashboard&apos;s data files, which CDE publishes each December as one tab-delimited file per indicator (&lt;tt&gt;eladownload2025.txt&lt;/tt&gt;, &lt;tt&gt;chronicdownload2025.txt&lt;/tt&gt;, …).&lt;/p&gt;&lt;p&gt;Import them with &lt;b&gt;File ▸ Import Dashboard files…&lt;/b&gt; (or &lt;tt&gt;casebook-cli import dashboard FILE…&lt;/tt&gt;) to see your district&apos;s student groups by indicator and whether the district qualifies for differentiated assistance.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay resultados del Dashboard&lt;/h2&gt;&lt;p&gt;Los hallazgos provienen de los archivos de datos del Dashboard Escolar de California, que el CDE publica cada diciembre como un archivo delimitado por tabulaciones por indicador (&lt;tt&gt;eladownload2025.txt&lt;/tt&gt;, &lt;tt&gt;chronicdownload2025.txt&lt;/tt&gt;, …).&lt;/p&gt;&lt;p&gt;Impórtelos con &lt;b&gt;Archivo ▸ Importar archivos del Dashboard…&lt;/b&gt; (o &lt;tt&gt;casebook-cli import dashboard FILE…&lt;/tt&gt;) para ver los grupos estudiantiles de su distrito por indicador y si el distrito reúne los requisitos para recibir asistencia diferenciada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="226"/>
        <source>District: %1</source>
        <translation>Distrito: %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="269"/>
        <location filename="../src/app/findings_page.cpp" line="493"/>
        <source>%1 Dashboard</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="293"/>
        <source>&lt;p&gt;No Dashboard results for this %1 yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay resultados del Dashboard para %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="294"/>
        <source>district</source>
        <translation>este distrito</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="294"/>
        <source>school</source>
        <translation>esta escuela</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="340"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="385"/>
        <source>&lt;h3 style=&apos;color:#b00020&apos;&gt;Eligible for differentiated assistance (%1 Dashboard)&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#b00020&apos;&gt;Elegible para asistencia diferenciada (Dashboard %1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="387"/>
        <source>&lt;h3&gt;Not eligible for differentiated assistance (%1 Dashboard)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;No elegible para asistencia diferenciada (Dashboard %1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="394"/>
        <source> — CDE letter %1</source>
        <translation> — letra del CDE %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="399"/>
        <source>Qualifying student groups (criteria met in two or more priorities):</source>
        <translation>Grupos estudiantiles que califican (criterios cumplidos en dos o más prioridades):</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="402"/>
        <source>Student groups meeting the criteria in one priority only (not qualifying):</source>
        <translation>Grupos estudiantiles que cumplen los criterios en una sola prioridad (no califican):</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="404"/>
        <source>&lt;p&gt;&lt;b&gt;CCEE referral (Ed Code 52072(a)):&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Remisión a la CCEE (Código de Educación 52072(a)):&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="581"/>
        <source>&amp;Create case</source>
        <translation>&amp;Crear caso</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="596"/>
        <source>a required-assistance case names at least one qualifying group</source>
        <translation>un caso de asistencia requerida nombra al menos un grupo que cumple los criterios</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="446"/>
        <source>&lt;p&gt;&lt;i&gt;Source: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Fuente: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="124"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="124"/>
        <source>CDS</source>
        <translation>CDS</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="124"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="124"/>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="125"/>
        <source>Qualifying groups</source>
        <translation>Grupos que cumplen los criterios</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="125"/>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="125"/>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="126"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="147"/>
        <source>Copy findings</source>
        <translation>Copiar hallazgos</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="232"/>
        <source>    School: %1 (charter)</source>
        <translation>    Escuela: %1 (chárter)</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="233"/>
        <location filename="../src/app/findings_page.cpp" line="238"/>
        <source>    School: %1</source>
        <translation>    Escuela: %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="347"/>
        <source>Drove eligibility:</source>
        <translation>Determinó la elegibilidad:</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="355"/>
        <source>&lt;b&gt;★ Bold, framed&lt;/b&gt;: drove eligibility (met a criterion for a qualifying group). Point at a cell for why; choose one for its trend.</source>
        <translation>&lt;b&gt;★ Negrita, con marco&lt;/b&gt;: determinó la elegibilidad (cumplió un criterio para un grupo que cumple los criterios). Señale una celda para ver por qué; elija una para ver su tendencia.</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="357"/>
        <source>No result drove eligibility here. Choose a cell to draw that group&apos;s trend.</source>
        <translation>Ningún resultado determinó la elegibilidad aquí. Elija una celda para trazar la tendencia de ese grupo.</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="406"/>
        <source>&lt;h3&gt;Charter school: not decided yet (%1 Dashboard)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Escuela chárter: aún sin decidir (Dashboard %1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="408"/>
        <source>&lt;h3 style=&apos;color:#b00020&apos;&gt;Charter school eligible for differentiated assistance (%1 Dashboard)&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#b00020&apos;&gt;Escuela chárter elegible para asistencia diferenciada (Dashboard %1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="411"/>
        <source>&lt;h3&gt;Charter school not eligible for differentiated assistance (%1 Dashboard)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Escuela chárter no elegible para asistencia diferenciada (Dashboard %1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="417"/>
        <source>&lt;p&gt;&lt;b&gt;Student groups meeting criteria, %1 Dashboard:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Grupos estudiantiles que cumplen criterios, Dashboard %1:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="419"/>
        <source> — qualifies</source>
        <translation> — califica</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="423"/>
        <source>&lt;p&gt;A district school: its students are counted in the district&apos;s determination. Below are the school&apos;s own findings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una escuela del distrito: sus estudiantes se cuentan en la determinación del distrito. Abajo están los hallazgos propios de la escuela.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="557"/>
        <source>&lt;p&gt;A required technical-assistance case for &lt;b&gt;%1&lt;/b&gt;, identified on the %2 Dashboard (%3). The two-year minimum runs from the identification date (Ed Code 52071(c)(1)): record it as CDE&apos;s determination or the County Superintendent&apos;s letter gives it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un caso de asistencia técnica requerida para &lt;b&gt;%1&lt;/b&gt;, identificado en el Dashboard %2 (%3). El mínimo de dos años corre desde la fecha de la identificación (Ed Code 52071(c)(1)): regístrela como la da la determinación del CDE o la carta del Superintendente del Condado.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="567"/>
        <source>%1 — %2 (priority %3)</source>
        <translation>%1 — %2 (prioridad %3)</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="569"/>
        <source>local indicator</source>
        <translation>indicador local</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="553"/>
        <source>Create required-assistance case</source>
        <translation>Crear caso de asistencia requerida</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="551"/>
        <source>Differentiated assistance — %1 Dashboard</source>
        <translation>Asistencia diferenciada — Dashboard %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="548"/>
        <source>Cannot create the case</source>
        <translation>No se puede crear el caso</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="427"/>
        <source>&lt;p style=&apos;margin-bottom:2px&apos;&gt;&lt;b&gt;Low-performing student groups&lt;/b&gt;&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Student group&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Low-performing on&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:2px&apos;&gt;&lt;b&gt;Grupos estudiantiles de bajo rendimiento&lt;/b&gt;&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Grupo estudiantil&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Bajo rendimiento en&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="439"/>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;b&gt;Disparities: two or more performance levels below all students (the district&apos;s practice in Casebook, not a statutory definition)&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;b&gt;Disparidades: dos o más niveles de desempeño por debajo de todos los estudiantes (la práctica del distrito en Casebook, no una definición legal)&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="464"/>
        <location filename="../src/app/findings_page.cpp" line="475"/>
        <source>Export findings</source>
        <translation>Exportar hallazgos</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="474"/>
        <source>findings-%1-%2.xlsx</source>
        <translation>hallazgos-%1-%2.xlsx</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="475"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="490"/>
        <source>Each district&apos;s newest Dashboard</source>
        <translation>El Dashboard más reciente de cada distrito</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="510"/>
        <source>No Dashboard results imported</source>
        <translation>No se importaron resultados del Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="511"/>
        <source>No criteria for %1</source>
        <translation>Sin criterios para %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="512"/>
        <source>Eligible for differentiated assistance</source>
        <translation>Elegible para asistencia diferenciada</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="513"/>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="620"/>
        <source>Local indicators, %1 Dashboard</source>
        <translation>Indicadores locales, Dashboard %1</translation>
    </message>
    <message>
        <location filename="../src/app/findings_page.cpp" line="625"/>
        <source>Not entered</source>
        <translation>No ingresado</translation>
    </message>
</context>
<context>
    <name>casebook::app::GettingStartedPanel</name>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="28"/>
        <location filename="../src/app/getting_started_panel.cpp" line="32"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="36"/>
        <source>Hide this &amp;list</source>
        <translation>Ocul&amp;tar esta lista</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="38"/>
        <source>Hide the getting-started list for this casebook</source>
        <translation>Ocultar la lista de primeros pasos de este libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="46"/>
        <source>Enter your &amp;district…</source>
        <translation>Ingrese su &amp;distrito…</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="46"/>
        <source>Its 7-digit county-district code; Casebook fills in the county and, once it holds Dashboard files, the name.</source>
        <translation>Su código de condado y distrito de 7 dígitos; Casebook completa el condado y, cuando tiene archivos del Dashboard, el nombre.</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="48"/>
        <source>&amp;Import the Dashboard files…</source>
        <translation>&amp;Importe los archivos del Dashboard…</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="48"/>
        <source>CDE&apos;s download files of the California School Dashboard (eladownload…, mathdownload…, chronicdownload…).</source>
        <translation>Los archivos de descarga del CDE del Dashboard Escolar de California (eladownload…, mathdownload…, chronicdownload…).</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="50"/>
        <source>&amp;Read the findings</source>
        <translation>&amp;Lea los hallazgos</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="50"/>
        <source>Your district&apos;s student groups by indicator and whether it qualifies for differentiated assistance; enter the local indicators there.</source>
        <translation>Los grupos estudiantiles de su distrito por indicador y si es elegible para asistencia diferenciada; ingrese allí los indicadores locales.</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="52"/>
        <source>The required-assistance case the findings call for (or another case).</source>
        <translation>El caso de asistencia requerida que piden los hallazgos (u otro caso).</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="52"/>
        <source>O&amp;pen the case</source>
        <translation>A&amp;bra el caso</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="70"/>
        <source>Hide the getting-started list</source>
        <translation>Ocultar la lista de primeros pasos</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="101"/>
        <source>✔ Done</source>
        <translation>✔ Hecho</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="101"/>
        <source>○ To do</source>
        <translation>○ Pendiente</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="104"/>
        <source> (done)</source>
        <translation> (hecho)</translation>
    </message>
    <message>
        <location filename="../src/app/getting_started_panel.cpp" line="104"/>
        <source> (to do)</source>
        <translation> (pendiente)</translation>
    </message>
</context>
<context>
    <name>casebook::app::HomePage</name>
    <message>
        <location filename="../src/app/home_page.cpp" line="336"/>
        <source>Overdue (%1)</source>
        <translation>Vencidas (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="337"/>
        <source>Due this week (%1)</source>
        <translation>Vencen esta semana (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="338"/>
        <source>Due in the next 30 days (%1)</source>
        <translation>Vencen en los próximos 30 días (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="189"/>
        <source>Deadlines on %1</source>
        <translation>Fechas límite del %1</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="190"/>
        <source>Deadlines could not be computed: %1</source>
        <translation>No se pudieron calcular las fechas límite: %1</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="204"/>
        <source>required assistance</source>
        <translation>asistencia requerida</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="204"/>
        <source>assistance requests</source>
        <translation>solicitudes de asistencia</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="211"/>
        <source>No open cases. Use Case ▸ New case… to open one.</source>
        <translation>No hay casos abiertos. Use Caso ▸ Nuevo caso… para abrir uno.</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="212"/>
        <source>Open cases: %1</source>
        <translation>Casos abiertos: %1</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="268"/>
        <source>Every owner</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="270"/>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="274"/>
        <source>Every case</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="276"/>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="278"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="339"/>
        <source>Met in the last 30 days (%1)</source>
        <translation>Cumplidas en los últimos 30 días (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="362"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="414"/>
        <source>Due on %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="416"/>
        <source>The calendar could not be computed: %1</source>
        <translation>No se pudo calcular el calendario: %1</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="422"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="423"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="430"/>
        <source>Nothing due.</source>
        <translation>No vence nada.</translation>
    </message>
    <message>
        <location filename="../src/app/home_page.cpp" line="435"/>
        <source>Select a deadline to read why it is due.</source>
        <translation>Seleccione una fecha límite para leer por qué vence.</translation>
    </message>
</context>
<context>
    <name>casebook::app::LiveUpdates</name>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="47"/>
        <source>a district</source>
        <translation>un distrito</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="49"/>
        <source>a school</source>
        <translation>una escuela</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="23"/>
        <source>a case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="25"/>
        <source>a qualifying group</source>
        <translation>un grupo que califica</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="27"/>
        <source>an activity</source>
        <translation>una actividad</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="29"/>
        <source>a communication</source>
        <translation>una comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="31"/>
        <source>a scheduled contact</source>
        <translation>un contacto programado</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="33"/>
        <source>a documentation item</source>
        <translation>un documento</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="35"/>
        <source>a partner</source>
        <translation>un socio</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="37"/>
        <source>a CCEE recommendation</source>
        <translation>una recomendación del CCEE</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="39"/>
        <source>an SPI action</source>
        <translation>una acción del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="41"/>
        <source>an intervention</source>
        <translation>una intervención</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="43"/>
        <source>a monitoring review</source>
        <translation>una revisión de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="45"/>
        <source>an attachment</source>
        <translation>un adjunto</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="51"/>
        <source>a setting</source>
        <translation>un ajuste</translation>
    </message>
    <message>
        <location filename="../src/app/audit_table_model.cpp" line="85"/>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="15"/>
        <source>Somebody</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="19"/>
        <source>%1 added %2</source>
        <translation>%1 añadió %2</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="20"/>
        <source>%1 added %2 to case %3</source>
        <translation>%1 añadió %2 al caso %3</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="22"/>
        <source>%1 deleted %2 (%3)</source>
        <translation>%1 eliminó %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="23"/>
        <source>%1 deleted %2 of case %3</source>
        <translation>%1 eliminó %2 del caso %3</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="25"/>
        <source>%1 imported files</source>
        <translation>%1 importó archivos</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="26"/>
        <source>%1 changed %2 (%3)</source>
        <translation>%1 cambió %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/live_updates.cpp" line="27"/>
        <source>%1 changed %2 of case %3</source>
        <translation>%1 cambió %2 del caso %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/live_updates.cpp" line="119"/>
        <source>%1 (and %n more change(s))</source>
        <translation>
            <numerusform>%1 (y %n cambio más)</numerusform>
            <numerusform>%1 (y %n cambios más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::MainWindow</name>
    <message>
        <location filename="../src/app/main_window.cpp" line="110"/>
        <source>Search cases, communications, documents… (Ctrl+F)</source>
        <translation>Buscar casos, comunicaciones, documentos… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="111"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="172"/>
        <source>The change could not be made</source>
        <translation>No se pudo realizar el cambio</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="209"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="211"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="238"/>
        <source>Log communication</source>
        <translation>Registrar comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="239"/>
        <source>Open a case first: a communication is logged on a case.</source>
        <translation>Primero abra un caso: las comunicaciones se registran en un caso.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="271"/>
        <source>Export deadlines</source>
        <translation>Exportar fechas límite</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="276"/>
        <source>Deadlines not exported</source>
        <translation>No se exportaron las fechas límite</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="278"/>
        <source>Saved the deadlines as %1</source>
        <translation>Se guardaron las fechas límite como %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="780"/>
        <location filename="../src/app/main_window.cpp" line="783"/>
        <source>Cannot open the casebook</source>
        <translation>No se puede abrir el libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="304"/>
        <source>Casebook upgraded</source>
        <translation>Libro de casos actualizado</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="155"/>
        <source>&lt;b&gt;The connection to the server was lost.&lt;/b&gt; Casebook is connecting again by itself. Until it is back nothing can be saved, and nothing is kept waiting to be saved: a save you make now is refused and your form keeps what you typed.</source>
        <translation>&lt;b&gt;Se perdió la conexión con el servidor.&lt;/b&gt; Casebook se vuelve a conectar solo. Hasta que vuelva no se puede guardar nada, y nada queda en espera de guardarse: si guarda ahora se rechaza y su formulario conserva lo que escribió.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="326"/>
        <source>Checking the casebook&apos;s integrity…</source>
        <translation>Comprobando la integridad del libro de casos…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="347"/>
        <source>Damaged casebook: read only</source>
        <translation>Libro de casos dañado: solo lectura</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="348"/>
        <source>The casebook is damaged</source>
        <translation>El libro de casos está dañado</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="362"/>
        <location filename="../src/app/main_window.cpp" line="366"/>
        <source>Cannot create the demo</source>
        <translation>No se puede crear la demostración</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="386"/>
        <source>No recent casebooks</source>
        <translation>No hay libros de casos recientes</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="393"/>
        <source>%1 — Casebook</source>
        <translation>%1 — Casebook</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="394"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="404"/>
        <source>No casebook open</source>
        <translation>Ningún libro de casos abierto</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="447"/>
        <source>%1 case</source>
        <translation>%1 caso</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="447"/>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="449"/>
        <source>%1 communication</source>
        <translation>%1 comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="449"/>
        <source>%1 communications</source>
        <translation>%1 comunicaciones</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="451"/>
        <source>%1 documentation item</source>
        <translation>%1 documento</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="451"/>
        <source>%1 documentation items</source>
        <translation>%1 documentos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="467"/>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="468"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="469"/>
        <source>Compare with CDE</source>
        <translation>Comparar con el CDE</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="470"/>
        <source>Reference: BP 0520</source>
        <translation>Referencia: BP 0520</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="480"/>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="481"/>
        <source>SPI interventions</source>
        <translation>Intervenciones del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="482"/>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="494"/>
        <source> (closed)</source>
        <translation> (cerrado)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="496"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="500"/>
        <source>No cases</source>
        <translation>Sin casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="648"/>
        <source>Add your district</source>
        <translation>Agregue su distrito</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="733"/>
        <source>Add district</source>
        <translation>Agregar distrito</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="650"/>
        <source>Technical-assistance request (by the Board)</source>
        <translation>Solicitud de asistencia técnica (por la Junta)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="166"/>
        <source>Connected to the server again</source>
        <translation>Conectado de nuevo al servidor</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="247"/>
        <source>&amp;Move to</source>
        <translation>&amp;Pasar a</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="252"/>
        <source>The open tab takes no new rows: open a tab such as Communications or Documentation first.</source>
        <translation>La pestaña abierta no admite filas nuevas: primero abra una pestaña como Comunicaciones o Documentación.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="272"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;iCalendar (*.ics);;JSON (*.json)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv);;iCalendar (*.ics);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="292"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="293"/>
        <source>The server %1 asks for your password:</source>
        <translation>El servidor %1 pide su contraseña:</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="453"/>
        <source>%1 overdue</source>
        <comment>one deadline</comment>
        <translation>%1 vencida</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="453"/>
        <source>%1 overdue</source>
        <comment>several deadlines</comment>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="651"/>
        <source>Required technical assistance (County Superintendent&apos;s determination)</source>
        <translation>Asistencia técnica requerida (determinación del Superintendente del Condado)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="652"/>
        <source>SPI intervention</source>
        <translation>Intervención del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="652"/>
        <source>School plan (CSI / TSI / ATSI)</source>
        <translation>Plan escolar (CSI / TSI / ATSI)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="654"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="654"/>
        <source>What kind of obligation is this case about?</source>
        <translation>¿Sobre qué tipo de obligación trata este caso?</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="666"/>
        <source>New case: %1</source>
        <translation>Nuevo caso: %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="673"/>
        <source>New school plan</source>
        <translation>Nuevo plan escolar</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="673"/>
        <source>Add the school first with Case ▸ Add school….</source>
        <translation>Primero agregue la escuela con Caso ▸ Agregar escuela….</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="700"/>
        <location filename="../src/app/main_window.cpp" line="703"/>
        <location filename="../src/app/main_window.cpp" line="713"/>
        <source>Add school</source>
        <translation>Agregar escuela</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="700"/>
        <source>Add your district first: Case ▸ New case… asks for it.</source>
        <translation>Primero agregue su distrito: Caso ▸ Nuevo caso… se lo pide.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="748"/>
        <location filename="../src/app/main_window.cpp" line="765"/>
        <source>New casebook</source>
        <translation>Nuevo libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="749"/>
        <location filename="../src/app/main_window.cpp" line="797"/>
        <location filename="../src/app/main_window.cpp" line="852"/>
        <source>Casebook files (*.sqlite *.casebook);;All files (*)</source>
        <translation>Archivos de libro de casos (*.sqlite *.casebook);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="756"/>
        <location filename="../src/app/main_window.cpp" line="994"/>
        <source>Your district</source>
        <translation>Su distrito</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="765"/>
        <location filename="../src/app/main_window.cpp" line="813"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="786"/>
        <source>Its records can be copied into a new casebook, checked as an import is checked. Nothing in this file runs, and the file is left as it is.</source>
        <translation>Sus registros se pueden copiar a un libro de casos nuevo, comprobados como se comprueba una importación. Nada de este archivo se ejecuta, y el archivo queda tal como está.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="788"/>
        <source>&amp;Rescue its records…</source>
        <translation>&amp;Rescatar sus registros…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="799"/>
        <source>Rescue the records of a casebook</source>
        <translation>Rescatar los registros de un libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="806"/>
        <source>Save the rescued records as</source>
        <translation>Guardar los registros rescatados como</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="813"/>
        <source>Rescue</source>
        <translation>Rescatar</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="820"/>
        <source>The records were not rescued</source>
        <translation>No se rescataron los registros</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="826"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="829"/>
        <source>Left behind: %1</source>
        <translation>Se dejó atrás: %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="831"/>
        <source>Not readable, not copied: %1</source>
        <translation>Ilegible, no se copió: %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="832"/>
        <source>Records rescued</source>
        <translation>Registros rescatados</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="833"/>
        <source>The records of %1 were copied into the new casebook %2. %1 was not changed.</source>
        <translation>Los registros de %1 se copiaron al libro de casos nuevo %2. %1 no se modificó.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="837"/>
        <source>Copied: %1. Audit rows carried: %2.</source>
        <translation>Copiados: %1. Filas de auditoría trasladadas: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="838"/>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/main_window.cpp" line="841"/>
        <source>Not Casebook&apos;s and left behind: %n object(s) (Show Details…).</source>
        <translation>
            <numerusform>No es de Casebook y se dejó atrás: %n objeto (Mostrar detalles…).</numerusform>
            <numerusform>No son de Casebook y se dejaron atrás: %n objetos (Mostrar detalles…).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="851"/>
        <source>Open casebook</source>
        <translation>Abrir libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="872"/>
        <source>Save a copy of the casebook</source>
        <translation>Guardar una copia del libro de casos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="874"/>
        <source>Casebook files (*.sqlite)</source>
        <translation>Archivos de libro de casos (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="878"/>
        <location filename="../src/app/main_window.cpp" line="882"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="878"/>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="884"/>
        <source>Saved a copy as %1</source>
        <translation>Se guardó una copia como %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="897"/>
        <source>Importing Dashboard files…</source>
        <translation>Importando archivos del Dashboard…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="897"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="901"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="911"/>
        <source>%1: not imported — %2</source>
        <translation>%1: no se importó — %2</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="919"/>
        <source>%1: %2 rows imported</source>
        <translation>%1: se importaron %2 filas</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="921"/>
        <source>%1: %2 rows replaced the earlier file</source>
        <translation>%1: %2 filas reemplazaron el archivo anterior</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="923"/>
        <source>%1: already imported, nothing changed</source>
        <translation>%1: ya se había importado, no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="938"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="941"/>
        <source>What the files hold for %1 could not be read: %2</source>
        <translation>No se pudo leer lo que contienen los archivos para %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="945"/>
        <source>%1 is not in the %2 Dashboard files: no row has a CDS code starting %3. Are they the files of your district&apos;s Dashboard year?</source>
        <translation>%1 no está en los archivos del Dashboard %2: ninguna fila tiene un código CDS que empiece por %3. ¿Son los archivos del año del Dashboard de su distrito?</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="963"/>
        <source>%1 is in the %2 Dashboard files: %3 for the district</source>
        <translation>%1 está en los archivos del Dashboard %2: %3 para el distrito</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="967"/>
        <source>%1 has no district-level rows in the %2 Dashboard files</source>
        <translation>%1 no tiene filas a nivel de distrito en los archivos del Dashboard %2</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="968"/>
        <source>, and none for its schools.</source>
        <translation>, y ninguna para sus escuelas.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="969"/>
        <source>, and results for %1 of its schools.</source>
        <translation>, y resultados para %1 de sus escuelas.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="971"/>
        <source>Not imported yet for %1: %2.</source>
        <translation>Aún no se importó para %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="980"/>
        <source>&amp;Show findings</source>
        <translation>&amp;Mostrar hallazgos</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1048"/>
        <source>Saved the packet as %1</source>
        <translation>Se guardó el paquete como %1</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1055"/>
        <source>Import Dashboard files</source>
        <translation>Importar archivos del Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1056"/>
        <source>Dashboard data files (*download*.txt *.txt *.tsv *.csv);;All files (*)</source>
        <translation>Archivos de datos del Dashboard (*download*.txt *.txt *.tsv *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="977"/>
        <source>Dashboard import</source>
        <translation>Importación del Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1064"/>
        <source>Import the CSI/TSI/ATSI list</source>
        <translation>Importar la lista CSI/TSI/ATSI</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1065"/>
        <source>CDE ESSA assistance status (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Estado de asistencia de ESSA del CDE (*.txt *.tsv *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1073"/>
        <source>The list was not imported</source>
        <translation>No se importó la lista</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1076"/>
        <source>CSI/TSI/ATSI list imported</source>
        <translation>Lista CSI/TSI/ATSI importada</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1077"/>
        <source>%1 schools read, %2 identified: %3 school-plan cases opened, %4 updated, %5 unchanged.</source>
        <translation>%1 escuelas leídas, %2 identificadas: %3 casos de plan escolar abiertos, %4 actualizados, %5 sin cambios.</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1088"/>
        <source>Import CDE&apos;s eligibility file</source>
        <translation>Importar el archivo de elegibilidad del CDE</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1089"/>
        <source>LCFF District/COE Eligibility File (assistancestatus*.xlsx *.xlsx);;All files (*)</source>
        <translation>Archivo de elegibilidad LCFF de distritos y COE (assistancestatus*.xlsx *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1095"/>
        <source>The eligibility file was not imported</source>
        <translation>No se importó el archivo de elegibilidad</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1098"/>
        <source>CDE eligibility file</source>
        <translation>Archivo de elegibilidad del CDE</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1111"/>
        <source>About Casebook</source>
        <translation>Acerca de Casebook</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1112"/>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;Case management for board policy BP 0520, “Intervention for Underperforming Schools”: technical assistance (Ed Code 52071), SPI intervention (52072.1) and CSI/TSI/ATSI school plans (20 USC 6311(d)).&lt;/p&gt;&lt;p&gt;One SQLite casebook file; every change is audited.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;Gestión de casos para la política de la junta BP 0520, “Intervención para escuelas de bajo rendimiento”: asistencia técnica (Código de Educación 52071), intervención del SPI (52072.1) y planes escolares CSI/TSI/ATSI (20 USC 6311(d)).&lt;/p&gt;&lt;p&gt;Un solo archivo SQLite de libro de casos; cada cambio queda registrado en la auditoría.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1131"/>
        <location filename="../src/app/main_window.cpp" line="1132"/>
        <source>Casebook user guide</source>
        <translation>Guía del usuario de Casebook</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1139"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../src/app/main_window.cpp" line="1139"/>
        <source>The user guide is not installed on this computer.</source>
        <translation>La guía del usuario no está instalada en esta computadora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/main_window.cpp" line="429"/>
        <source>%n case(s) could not be read and are not listed (first: %1); casebook-cli check lists every problem</source>
        <translation>
            <numerusform>%n caso no se pudo leer y no aparece en la lista (el primero: %1); casebook-cli check enumera todos los problemas</numerusform>
            <numerusform>%n casos no se pudieron leer y no aparecen en la lista (el primero: %1); casebook-cli check enumera todos los problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::PreferencesDialog</name>
    <message>
        <location filename="../src/app/preferences_dialog.cpp" line="41"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../src/app/preferences_dialog.cpp" line="59"/>
        <source>“%1” is not a time zone this system knows; choose one from the list.</source>
        <translation>“%1” no es una zona horaria que este sistema reconozca; elija una de la lista.</translation>
    </message>
</context>
<context>
    <name>casebook::app::ReconcilePage</name>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="33"/>
        <source>no letter</source>
        <translation>sin letra</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="33"/>
        <source>%1 (priorities %2)</source>
        <translation>%1 (prioridades %2)</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="60"/>
        <source>&lt;h2&gt;No CDE eligibility file yet&lt;/h2&gt;&lt;p&gt;CDE publishes its own differentiated-assistance determinations each year as the “LCFF District/COE Eligibility File” (&lt;tt&gt;assistancestatus24.xlsx&lt;/tt&gt;, …): per district a status, and per student group a letter A–K naming the priority areas the group met.&lt;/p&gt;&lt;p&gt;Import it with &lt;b&gt;File ▸ Import CDE eligibility file…&lt;/b&gt; (or &lt;tt&gt;casebook-cli import eligibility FILE.xlsx&lt;/tt&gt;) to see Casebook&apos;s findings beside CDE&apos;s, district by district, with every difference named.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay archivo de elegibilidad del CDE&lt;/h2&gt;&lt;p&gt;El CDE publica cada año sus propias determinaciones de asistencia diferenciada como el “archivo de elegibilidad LCFF de distritos y COE” (&lt;tt&gt;assistancestatus24.xlsx&lt;/tt&gt;, …): por distrito un estado y, por grupo estudiantil, una letra de la A a la K que nombra las áreas prioritarias que el grupo cumplió.&lt;/p&gt;&lt;p&gt;Impórtelo con &lt;b&gt;Archivo ▸ Importar archivo de elegibilidad del CDE…&lt;/b&gt; (o &lt;tt&gt;casebook-cli import eligibility FILE.xlsx&lt;/tt&gt;) para ver los hallazgos de Casebook junto a los del CDE, distrito por distrito, con cada diferencia nombrada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="100"/>
        <source>%1 (Dashboard %1)</source>
        <translation>%1 (Dashboard %1)</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="119"/>
        <source>%1 of %2 compared districts agree with CDE&apos;s %3 file.</source>
        <translation>%1 de %2 distritos comparados coinciden con el archivo %3 del CDE.</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="124"/>
        <source>1 district not compared: no Dashboard results imported.</source>
        <translation>1 distrito sin comparar: no se importaron resultados del Dashboard.</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="126"/>
        <source>%1 districts not compared: no Dashboard results imported.</source>
        <translation>%1 distritos sin comparar: no se importaron resultados del Dashboard.</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="135"/>
        <source>no Dashboard results</source>
        <translation>sin resultados del Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="135"/>
        <location filename="../src/app/reconcile_page.cpp" line="149"/>
        <source>eligible</source>
        <translation>elegible</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="135"/>
        <location filename="../src/app/reconcile_page.cpp" line="149"/>
        <source>not eligible</source>
        <translation>no elegible</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="136"/>
        <source>not compared</source>
        <translation>sin comparar</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="137"/>
        <location filename="../src/app/reconcile_page.cpp" line="159"/>
        <source>agrees</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="138"/>
        <source>1 difference</source>
        <translation>1 diferencia</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="139"/>
        <source>%1 differences</source>
        <translation>%1 diferencias</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="147"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="150"/>
        <location filename="../src/app/reconcile_page.cpp" line="159"/>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <location filename="../src/app/reconcile_page.cpp" line="165"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>casebook::app::RecordDialog</name>
    <message>
        <location filename="../src/app/record_dialog.cpp" line="23"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../src/app/record_dialog.cpp" line="29"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>casebook::app::RecordListTab</name>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="17"/>
        <source>&amp;Add %1…</source>
        <translation>&amp;Agregar %1…</translation>
    </message>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="17"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="18"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="28"/>
        <source>%1 list</source>
        <translation>Lista: %1</translation>
    </message>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="30"/>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="31"/>
        <source>Edit the selected %1</source>
        <translation>Editar el registro seleccionado (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/record_list_tab.cpp" line="32"/>
        <source>Delete the selected %1</source>
        <translation>Eliminar el registro seleccionado (%1)</translation>
    </message>
</context>
<context>
    <name>casebook::app::ReferencePage</name>
    <message>
        <location filename="../src/app/reference_page.cpp" line="23"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../src/app/reference_page.cpp" line="32"/>
        <source>BP 0520 policy text</source>
        <translation>Texto de la política BP 0520</translation>
    </message>
</context>
<context>
    <name>casebook::app::SearchPage</name>
    <message>
        <location filename="../src/app/search_page.cpp" line="21"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="24"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="24"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="24"/>
        <location filename="../src/app/search_page.cpp" line="60"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="24"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="24"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="51"/>
        <source>Type in the search box and press Enter.</source>
        <translation>Escriba en el cuadro de búsqueda y presione Entrar.</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="56"/>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="61"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="62"/>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="63"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="64"/>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../src/app/search_page.cpp" line="75"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/search_page.cpp" line="76"/>
        <source>%n result(s) for “%1” — press Enter or double-click to open the case</source>
        <translation>
            <numerusform>%n resultado para “%1”: presione Entrar o haga doble clic para abrir el caso</numerusform>
            <numerusform>%n resultados para “%1”: presione Entrar o haga doble clic para abrir el caso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::TrendPanel</name>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="47"/>
        <source>Indicator shown in the trend chart</source>
        <translation>Indicador que se muestra en el gráfico de tendencia</translation>
    </message>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="49"/>
        <source>Student groups drawn in the trend chart</source>
        <translation>Grupos estudiantiles trazados en el gráfico de tendencia</translation>
    </message>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="51"/>
        <source>Status level by Dashboard year</source>
        <translation>Nivel de estado por año del Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="62"/>
        <source>&amp;Trend of:</source>
        <translation>&amp;Tendencia de:</translation>
    </message>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="203"/>
        <source>Tick a student group to draw its trend.</source>
        <translation>Marque un grupo estudiantil para trazar su tendencia.</translation>
    </message>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="205"/>
        <source>Status by year (a high rate is worse); markers in each year&apos;s Dashboard colour (grey: none). </source>
        <translation>Estado por año (una tasa alta es peor); marcadores con el color del Dashboard de cada año (gris: ninguno). </translation>
    </message>
    <message>
        <location filename="../src/app/trend_panel.cpp" line="207"/>
        <source>Status by year; markers in each year&apos;s Dashboard colour (grey: none). </source>
        <translation>Estado por año; marcadores con el color del Dashboard de cada año (gris: ninguno). </translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="21"/>
        <source>Technical assistance</source>
        <comment>case type</comment>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="22"/>
        <source>SPI intervention</source>
        <comment>case type</comment>
        <translation>Intervención del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="23"/>
        <source>School plan (CSI/TSI/ATSI)</source>
        <comment>case type</comment>
        <translation>Plan escolar (CSI/TSI/ATSI)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="25"/>
        <source>Requested by the Board</source>
        <comment>origin</comment>
        <translation>Solicitada por la Junta</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="26"/>
        <source>Required by the County Superintendent</source>
        <comment>origin</comment>
        <translation>Requerida por el Superintendente del Condado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="28"/>
        <source>Draft</source>
        <comment>case status</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="29"/>
        <source>Requested</source>
        <comment>case status</comment>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="30"/>
        <source>Determined</source>
        <comment>case status</comment>
        <translation>Determinado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="31"/>
        <source>Identified</source>
        <comment>case status</comment>
        <translation>Identificado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="32"/>
        <source>Active</source>
        <comment>case status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="33"/>
        <source>Activities complete</source>
        <comment>case status</comment>
        <translation>Actividades completadas</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="34"/>
        <source>Eligible to close</source>
        <comment>case status</comment>
        <translation>Listo para cerrar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="35"/>
        <source>Needs assessment</source>
        <comment>case status</comment>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="36"/>
        <source>Plan drafted</source>
        <comment>case status</comment>
        <translation>Plan redactado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="37"/>
        <source>Plan approved</source>
        <comment>case status</comment>
        <translation>Plan aprobado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="38"/>
        <source>Monitoring</source>
        <comment>case status</comment>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="39"/>
        <source>Completed</source>
        <comment>case status</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="40"/>
        <source>Exited</source>
        <comment>case status</comment>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="41"/>
        <source>Closed</source>
        <comment>case status</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="42"/>
        <source>Withdrawn</source>
        <comment>case status</comment>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="44"/>
        <source>No schedule</source>
        <comment>communication schedule</comment>
        <translation>Sin calendario</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="45"/>
        <source>Weekly</source>
        <comment>communication schedule</comment>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="46"/>
        <source>Monthly</source>
        <comment>communication schedule</comment>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="47"/>
        <source>Quarterly</source>
        <comment>communication schedule</comment>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="48"/>
        <source>On set dates</source>
        <comment>communication schedule</comment>
        <translation>En fechas fijadas</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="50"/>
        <source>Not started</source>
        <comment>activity status</comment>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="51"/>
        <source>In progress</source>
        <comment>activity status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="52"/>
        <source>Complete</source>
        <comment>activity status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="53"/>
        <source>Not requested</source>
        <comment>activity status</comment>
        <translation>No solicitada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="54"/>
        <source>Done through a substantially similar activity</source>
        <comment>activity status</comment>
        <translation>Realizada mediante una actividad sustancialmente similar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="56"/>
        <source>Meeting</source>
        <comment>communication mode</comment>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="57"/>
        <source>Video call</source>
        <comment>communication mode</comment>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="58"/>
        <source>Phone</source>
        <comment>communication mode</comment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="59"/>
        <source>Email</source>
        <comment>communication mode</comment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="60"/>
        <source>Letter</source>
        <comment>communication mode</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="61"/>
        <source>Site visit</source>
        <comment>communication mode</comment>
        <translation>Visita al centro</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="63"/>
        <source>District → county</source>
        <comment>communication direction</comment>
        <translation>Distrito → condado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="64"/>
        <source>County → district</source>
        <comment>communication direction</comment>
        <translation>Condado → distrito</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="65"/>
        <source>Not recorded</source>
        <comment>communication direction</comment>
        <translation>No registrada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="67"/>
        <source>Another school district</source>
        <comment>partner type</comment>
        <translation>Otro distrito escolar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="68"/>
        <source>County office of education</source>
        <comment>partner type</comment>
        <translation>Oficina de educación del condado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="69"/>
        <source>Charter school</source>
        <comment>partner type</comment>
        <translation>Escuela chárter</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="70"/>
        <source>Other service provider</source>
        <comment>partner type</comment>
        <translation>Otro proveedor de servicios</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="72"/>
        <source>Under consideration</source>
        <comment>consideration</comment>
        <translation>En consideración</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="73"/>
        <source>Adopted</source>
        <comment>consideration</comment>
        <translation>Adoptada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="74"/>
        <source>Adapted</source>
        <comment>consideration</comment>
        <translation>Adaptada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="75"/>
        <source>Declined</source>
        <comment>consideration</comment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="77"/>
        <source>Revision of the LCAP</source>
        <comment>SPI action</comment>
        <translation>Revisión del LCAP</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="78"/>
        <source>Revision of the budget with the LCAP</source>
        <comment>SPI action</comment>
        <translation>Revisión del presupuesto con el LCAP</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="79"/>
        <source>Stay or rescind a district action</source>
        <comment>SPI action</comment>
        <translation>Suspender o revocar una medida del distrito</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="81"/>
        <source>Proposed</source>
        <comment>action status</comment>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="82"/>
        <source>In progress</source>
        <comment>action status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="83"/>
        <source>Complete</source>
        <comment>action status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="84"/>
        <source>Withdrawn</source>
        <comment>action status</comment>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="86"/>
        <source>Comprehensive support and improvement</source>
        <comment>designation</comment>
        <translation>Apoyo y mejora integral</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="87"/>
        <source>Targeted support and improvement</source>
        <comment>designation</comment>
        <translation>Apoyo y mejora focalizados</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="88"/>
        <source>Additional targeted support and improvement</source>
        <comment>designation</comment>
        <translation>Apoyo y mejora focalizados adicionales</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="90"/>
        <source>Case</source>
        <comment>attachment owner</comment>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="91"/>
        <source>Activity</source>
        <comment>attachment owner</comment>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="92"/>
        <source>Communication</source>
        <comment>attachment owner</comment>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="93"/>
        <source>Documentation item</source>
        <comment>attachment owner</comment>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="95"/>
        <source>Met</source>
        <comment>deadline state</comment>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="96"/>
        <source>Met late</source>
        <comment>deadline state</comment>
        <translation>Cumplida con retraso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="97"/>
        <source>Overdue</source>
        <comment>deadline state</comment>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="98"/>
        <source>Upcoming</source>
        <comment>deadline state</comment>
        <translation>Próxima</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="100"/>
        <source>Met</source>
        <comment>local indicator status</comment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="101"/>
        <source>Not Met</source>
        <comment>local indicator status</comment>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="102"/>
        <source>Not Met for Two or More Years</source>
        <comment>local indicator status</comment>
        <translation>No cumplido durante dos o más años</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="105"/>
        <source>Red</source>
        <comment>colour</comment>
        <translation>Rojo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="106"/>
        <source>Orange</source>
        <comment>colour</comment>
        <translation>Naranja</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="107"/>
        <source>Yellow</source>
        <comment>colour</comment>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="108"/>
        <source>Green</source>
        <comment>colour</comment>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="109"/>
        <source>Blue</source>
        <comment>colour</comment>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="110"/>
        <source>No colour</source>
        <comment>colour</comment>
        <translation>Sin color</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="111"/>
        <source>Very Low</source>
        <comment>status level</comment>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="112"/>
        <source>Low</source>
        <comment>status level</comment>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="113"/>
        <source>Medium</source>
        <comment>status level</comment>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="114"/>
        <source>High</source>
        <comment>status level</comment>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="115"/>
        <source>Very High</source>
        <comment>status level</comment>
        <translation>muy alto</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="116"/>
        <source>ELA</source>
        <comment>indicator</comment>
        <translation>Lengua (ELA)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="117"/>
        <source>Math</source>
        <comment>indicator</comment>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="118"/>
        <source>ELPI</source>
        <comment>indicator</comment>
        <translation>Progreso en inglés (ELPI)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="119"/>
        <source>Graduation Rate</source>
        <comment>indicator</comment>
        <translation>Tasa de graduación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="120"/>
        <source>Chronic Absenteeism</source>
        <comment>indicator</comment>
        <translation>Ausentismo crónico</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="121"/>
        <source>Suspension Rate</source>
        <comment>indicator</comment>
        <translation>Tasa de suspensión</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="122"/>
        <source>College/Career</source>
        <comment>indicator</comment>
        <translation>Universidad/Carrera</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="123"/>
        <source>English Language Arts</source>
        <comment>indicator name</comment>
        <translation>Lengua y literatura en inglés</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="124"/>
        <source>Mathematics</source>
        <comment>indicator name</comment>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="125"/>
        <source>English Learner Progress</source>
        <comment>indicator name</comment>
        <translation>Progreso de los estudiantes de inglés</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="126"/>
        <source>Graduation Rate</source>
        <comment>indicator name</comment>
        <translation>Tasa de graduación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="127"/>
        <source>Chronic Absenteeism</source>
        <comment>indicator name</comment>
        <translation>Ausentismo crónico</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="128"/>
        <source>Suspension Rate</source>
        <comment>indicator name</comment>
        <translation>Tasa de suspensión</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="129"/>
        <source>College/Career</source>
        <comment>indicator name</comment>
        <translation>Universidad/Carrera</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="130"/>
        <source>Basic</source>
        <comment>LCFF priority</comment>
        <translation>Servicios básicos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="131"/>
        <source>Implementation of State Academic Standards</source>
        <comment>LCFF priority</comment>
        <translation>Implementación de las normas académicas estatales</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="132"/>
        <source>Parent Engagement</source>
        <comment>LCFF priority</comment>
        <translation>Participación de los padres</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="133"/>
        <source>Pupil Achievement</source>
        <comment>LCFF priority</comment>
        <translation>Rendimiento estudiantil</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="134"/>
        <source>Pupil Engagement</source>
        <comment>LCFF priority</comment>
        <translation>Participación estudiantil</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="135"/>
        <source>School Climate</source>
        <comment>LCFF priority</comment>
        <translation>Clima escolar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="136"/>
        <source>Access to a Broad Course of Study</source>
        <comment>LCFF priority</comment>
        <translation>Acceso a un programa de estudios amplio</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="137"/>
        <source>Outcomes in a Broad Course of Study</source>
        <comment>LCFF priority</comment>
        <translation>Resultados en un programa de estudios amplio</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="339"/>
        <source>All Students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="340"/>
        <source>Black/African American</source>
        <translation>Afroamericanos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="341"/>
        <source>American Indian or Alaska Native</source>
        <translation>Indígenas americanos o nativos de Alaska</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="342"/>
        <source>Asian</source>
        <translation>Asiáticos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="343"/>
        <source>Filipino</source>
        <translation>Filipinos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="344"/>
        <source>Hispanic</source>
        <translation>Hispanos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="345"/>
        <source>Pacific Islander</source>
        <translation>Isleños del Pacífico</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="346"/>
        <source>White</source>
        <translation>Blancos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="347"/>
        <source>Two or More Races</source>
        <translation>Dos o más razas</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="348"/>
        <source>English Learners</source>
        <translation>Estudiantes de inglés</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="349"/>
        <source>English Learners Only</source>
        <translation>Solo estudiantes de inglés</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="350"/>
        <source>Reclassified Fluent English Proficient Only</source>
        <translation>Solo reclasificados con dominio del inglés</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="351"/>
        <source>English Only</source>
        <translation>Solo inglés</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="352"/>
        <source>Long-Term English Learners</source>
        <translation>Estudiantes de inglés a largo plazo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="353"/>
        <source>Socioeconomically Disadvantaged</source>
        <translation>Socioeconómicamente desfavorecidos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="354"/>
        <source>Students with Disabilities</source>
        <translation>Estudiantes con discapacidades</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="355"/>
        <source>Foster Youth</source>
        <translation>Jóvenes en hogares de crianza temporal</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="356"/>
        <source>Homeless Youth</source>
        <translation>Jóvenes sin hogar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="357"/>
        <source>Took the Smarter Balanced Summative Assessment</source>
        <translation>Presentaron la Evaluación Sumativa Smarter Balanced</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="358"/>
        <source>Took the California Alternate Assessment</source>
        <translation>Presentaron la Evaluación Alternativa de California</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="359"/>
        <source>Initially Fluent English Proficient</source>
        <translation>Con dominio inicial del inglés</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="146"/>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="147"/>
        <source>the County Superintendent</source>
        <translation>el Superintendente de Escuelas del Condado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="148"/>
        <source>the SPI&apos;s academic trustee</source>
        <translation>el fideicomisario académico del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="149"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="150"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="151"/>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="152"/>
        <source>Weekly communication with %1</source>
        <translation>Comunicación semanal con %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="153"/>
        <source>Monthly communication with %1</source>
        <translation>Comunicación mensual con %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="154"/>
        <source>Quarterly communication with %1</source>
        <translation>Comunicación trimestral con %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="155"/>
        <source>Scheduled communication with %1</source>
        <translation>Comunicación programada con %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="156"/>
        <source>the communication schedule of %1 is %2 from %3</source>
        <translation>el calendario de comunicación del %1 es %2 a partir del %3</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="157"/>
        <source>the communication schedule of %1 is %2 from the opening date %3</source>
        <translation>el calendario de comunicación del %1 es %2 a partir de la fecha de apertura, %3</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="158"/>
        <source>a communication with %1 is scheduled on that date for %2</source>
        <translation>hay una comunicación con %1 programada en esa fecha para el %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="159"/>
        <source>%1 (BP 0520: regular communication with the County Superintendent for a minimum of two years)</source>
        <translation>%1 (BP 0520: comunicación periódica con el Superintendente de Escuelas del Condado durante un mínimo de dos años)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="160"/>
        <source>Documentation: %1</source>
        <translation>Documentación: %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="161"/>
        <source>its due date is recorded on %1</source>
        <translation>su fecha de entrega está registrada en el %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="162"/>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="163"/>
        <source>%1 as evidence of activity %2 (%3)</source>
        <translation>%1 como evidencia de la actividad %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="164"/>
        <source>%1 (BP 0520: timely documentation of the completion of activities 1-5 or substantially similar activities)</source>
        <translation>%1 (BP 0520: documentación oportuna de la realización de las actividades 1 a 5 o de actividades sustancialmente similares)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="165"/>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="166"/>
        <source>activity %1 of %2 is due then and required technical assistance documents its completion, or that of a substantially similar activity (BP 0520)</source>
        <translation>la actividad %1 del %2 vence en esa fecha y la asistencia técnica requerida documenta su realización, o la de una actividad sustancialmente similar (BP 0520)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="167"/>
        <source>activity %1 of %2 is due then under the Board&apos;s request for technical assistance (Ed Code 52071(a))</source>
        <translation>la actividad %1 del %2 vence en esa fecha según la solicitud de asistencia técnica de la Junta (Código de Educación 52071(a))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="168"/>
        <source>Earliest close of required technical assistance</source>
        <translation>Cierre más temprano de la asistencia técnica requerida</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="169"/>
        <source>technical assistance lasts &quot;for a minimum of two years following the identification&quot; (Ed Code 52071(c)(1)), counted from %1; %2 can close on or after this date once activities 1-5 are done</source>
        <translation>la asistencia técnica dura «un mínimo de dos años después de la identificación» (Código de Educación 52071(c)(1)), contados desde %1; el %2 puede cerrarse en esta fecha o después, una vez realizadas las actividades 1 a 5</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="170"/>
        <source>the identification again of %1</source>
        <translation>la nueva identificación del %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="171"/>
        <source>the identification again of %1 (%2 Dashboard)</source>
        <translation>la nueva identificación del %1 (Dashboard %2)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="172"/>
        <source>the identification of %1</source>
        <translation>la identificación del %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="173"/>
        <source>the identification of %1 (%2 Dashboard)</source>
        <translation>la identificación del %1 (Dashboard %2)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="174"/>
        <source>the case&apos;s opening date %1 (no identification date is recorded)</source>
        <translation>la fecha de apertura del caso, %1 (no hay fecha de identificación registrada)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="175"/>
        <source>%1 — awaiting State Board approval</source>
        <translation>%1 — pendiente de aprobación de la Junta Estatal</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="176"/>
        <source>the SPI action &quot;%1&quot; of %2 is due then; the State Board approved it on %3 (Ed Code 52072.1(c))</source>
        <translation>la acción del SPI «%1» del %2 vence en esa fecha; la Junta Estatal la aprobó el %3 (Código de Educación 52072.1(c))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="177"/>
        <source>the SPI action &quot;%1&quot; of %2 is due then; the State Board&apos;s approval is not recorded, and the SPI takes each action &quot;with the approval of the state board&quot; (Ed Code 52072.1(c))</source>
        <translation>la acción del SPI «%1» del %2 vence en esa fecha; no consta la aprobación de la Junta Estatal, y el SPI toma cada acción «con la aprobación de la junta estatal» (Código de Educación 52072.1(c))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="178"/>
        <source>Awaiting State Board approval of the SPI identification</source>
        <translation>Pendiente de aprobación de la Junta Estatal: identificación del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="179"/>
        <source>the SPI identified the district on %1 (%2) and identifies a district for intervention &quot;with the approval of the state board&quot;; no approval is recorded (Ed Code 52072.1(a))</source>
        <translation>el SPI identificó al distrito el %1 (%2) e identifica a un distrito para intervención «con la aprobación de la junta estatal»; no consta ninguna aprobación (Código de Educación 52072.1(a))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="180"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="181"/>
        <source>the district&apos;s schedule (a calendar setting) allows %1 days after designation</source>
        <translation>el calendario del distrito (un ajuste del calendario) concede %1 días después de la designación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="182"/>
        <source>the district&apos;s schedule (a calendar setting) has it approved by the July 1 that follows</source>
        <translation>el calendario del distrito (un ajuste del calendario) prevé su aprobación a más tardar el 1 de julio siguiente</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="183"/>
        <source>the plan is approved by the school, the district and the State (20 USC 6311(d)(1)(B)(v))</source>
        <translation>el plan lo aprueban la escuela, el distrito y el Estado (20 USC 6311(d)(1)(B)(v))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="184"/>
        <source>the plan is approved by the district (20 USC 6311(d)(2)(B)(iii))</source>
        <translation>el plan lo aprueba el distrito (20 USC 6311(d)(2)(B)(iii))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="185"/>
        <source>the school was designated for %1 on %2 (%3), %4, and %5</source>
        <translation>la escuela fue designada para %1 el %2 (%3), %4, y %5</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="186"/>
        <source>%1 plan approval</source>
        <translation>Aprobación del plan %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="187"/>
        <source>a monitoring review of the %1 plan of %2 is scheduled then</source>
        <translation>hay una revisión de seguimiento del plan %1 del %2 programada en esa fecha</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="188"/>
        <source>the plan of %1 was approved by the district on %2 and is reviewed every %3 months</source>
        <translation>el plan del %1 fue aprobado por el distrito el %2 y se revisa cada %3 meses</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="189"/>
        <source>%1 (20 USC 6311(d)(1)(B)(vi): the State monitors and periodically reviews a CSI plan)</source>
        <translation>%1 (20 USC 6311(d)(1)(B)(vi): el Estado supervisa y revisa periódicamente un plan CSI)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="190"/>
        <source>%1 (20 USC 6311(d)(2)(B)(iv): the district monitors the plan)</source>
        <translation>%1 (20 USC 6311(d)(2)(B)(iv): el distrito supervisa el plan)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="191"/>
        <source>Monitoring review of the %1 plan</source>
        <translation>Revisión de seguimiento del plan %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="192"/>
        <source>the district&apos;s schedule (a calendar setting) reviews exit on each anniversary of the designation</source>
        <translation>el calendario del distrito (un ajuste del calendario) revisa la salida en cada aniversario de la designación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="193"/>
        <source>the district expects CDE&apos;s ESSA assistance status file then (a calendar setting), and exit follows CDE&apos;s determination against the State&apos;s exit criteria (20 USC 6311(d)(1)(C)(i))</source>
        <translation>el distrito espera en esa fecha el archivo de estado de asistencia ESSA del CDE (un ajuste del calendario), y la salida sigue la determinación del CDE según los criterios de salida del Estado (20 USC 6311(d)(1)(C)(i))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="194"/>
        <source>the school was designated for %1 on %2 (%3); %4</source>
        <translation>la escuela fue designada para %1 el %2 (%3); %4</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="195"/>
        <source>Review of the %1 exit determination</source>
        <translation>Revisión de la determinación de salida de %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="196"/>
        <source>More rigorous interventions if the CSI school has not exited</source>
        <translation>Intervenciones más rigurosas si la escuela CSI no ha salido</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="197"/>
        <source>the school was designated for CSI on %1 (%2); a CSI school that does not meet the State&apos;s exit criteria within %3 years (a calendar setting) receives more rigorous State-determined action (20 USC 6311(d)(3)(A)(i)(I))</source>
        <translation>la escuela fue designada para CSI el %1 (%2); una escuela CSI que no cumple los criterios de salida del Estado en %3 años (un ajuste del calendario) recibe medidas más rigurosas determinadas por el Estado (20 USC 6311(d)(3)(A)(i)(I))</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="198"/>
        <source>LCAP adoption by the Governing Board</source>
        <translation>Adopción del LCAP por la Junta de Gobierno</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="199"/>
        <source>the Governing Board adopts or updates the LCAP by July 1 each year (Ed Code 52060, 52061), and the LCAP carries the work of %1</source>
        <translation>la Junta de Gobierno adopta o actualiza el LCAP a más tardar el 1 de julio de cada año (Código de Educación 52060, 52061), y el LCAP recoge el trabajo del %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="200"/>
        <source>California School Dashboard release</source>
        <translation>Publicación del California School Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="201"/>
        <source>the district expects CDE&apos;s release of the Dashboard on that date (a calendar setting; CDE has released it in November and in December); its results can change the determination, identification or exit of %1</source>
        <translation>el distrito espera que el CDE publique el Dashboard en esa fecha (un ajuste del calendario; el CDE lo ha publicado en noviembre y en diciembre); sus resultados pueden cambiar la determinación, la identificación o la salida del %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="202"/>
        <source>%1 — due %2 because %3.</source>
        <translation>%1 — vence el %2 porque %3.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="203"/>
        <source>%1 Met on %2.</source>
        <translation>%1 Cumplida el %2.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="204"/>
        <source>%1 Met.</source>
        <translation>%1 Cumplida.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="205"/>
        <source>%1 Met late on %2.</source>
        <translation>%1 Cumplida con retraso el %2.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="206"/>
        <source>%1 Met late on an unknown date.</source>
        <translation>%1 Cumplida con retraso en una fecha desconocida.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="207"/>
        <source>%1 Not done: overdue.</source>
        <translation>%1 Sin hacer: vencida.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="208"/>
        <source>%1
Owner: %2</source>
        <translation>%1
Responsable: %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="209"/>
        <source>Strengths and weaknesses on LCAP state priorities</source>
        <translation>Fortalezas y debilidades en las prioridades estatales del LCAP</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="210"/>
        <source>Low-performing or disparate student groups</source>
        <translation>Grupos estudiantiles de bajo rendimiento o con disparidades</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="211"/>
        <source>Academic, programmatic or fiscal expert</source>
        <translation>Experto académico, programático o fiscal</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="212"/>
        <source>LCAP goals, actions and services</source>
        <translation>Metas, acciones y servicios del LCAP</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="213"/>
        <source>Data management and submission</source>
        <translation>Gestión y presentación de datos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="214"/>
        <source>Unknown area</source>
        <translation>Área desconocida</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="216"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="217"/>
        <source>%1 status</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="218"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="219"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="220"/>
        <source>Priority %1 (%2)</source>
        <translation>Prioridad %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="221"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="222"/>
        <source>Priority %1 (local indicator Not Met for Two or More Years)</source>
        <translation>Prioridad %1 (indicador local No cumplido durante dos o más años)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="223"/>
        <source>%1 together with %2</source>
        <translation>%1 junto con %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="224"/>
        <source>%1: the same student group meets the criteria in %2 priorities (%3).</source>
        <translation>%1: el mismo grupo estudiantil cumple los criterios en %2 prioridades (%3).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="225"/>
        <source>Priority %1 (%2): the local indicator was Not Met for Two or More Years</source>
        <translation>Prioridad %1 (%2): el indicador local fue No cumplido durante dos o más años</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="226"/>
        <source>Local indicators in two or more priorities: %1 (%2).</source>
        <translation>Indicadores locales en dos o más prioridades: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="227"/>
        <source>The district did not submit CALPADS data on time (%1, as CDE&apos;s %2 criteria cite it; %3).</source>
        <translation>El distrito no entregó a tiempo los datos de CALPADS (%1, según lo citan los criterios %2 del CDE; %3).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="228"/>
        <source>Not eligible: the %1 Dashboard does not meet the criteria.</source>
        <translation>No elegible: el Dashboard %1 no cumple los criterios.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="229"/>
        <source>Not decided: the %1 Dashboard meets the criteria; a charter school must meet them on both the %2 and %1 Dashboards. Import the %2 files.</source>
        <translation>Sin decidir: el Dashboard %1 cumple los criterios; una escuela chárter debe cumplirlos en los Dashboards %2 y %1. Importe los archivos de %2.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="230"/>
        <source>Eligible: the criteria are met on both the %1 and %2 Dashboards.</source>
        <translation>Elegible: los criterios se cumplen en los Dashboards %1 y %2.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="231"/>
        <source>Not eligible: the %1 Dashboard meets the criteria but the %2 Dashboard does not (two years are required).</source>
        <translation>No elegible: el Dashboard %1 cumple los criterios, pero el Dashboard %2 no (se exigen dos años).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="232"/>
        <source>%1 (CDE, &quot;LEA Criteria for Differentiated Assistance&quot;: charter schools &quot;must meet them for two years&quot;; the CALPADS ground applies to districts and COEs only.)</source>
        <translation>%1 (CDE, «LEA Criteria for Differentiated Assistance»: las escuelas chárter «deben cumplirlos durante dos años»; el motivo de CALPADS solo se aplica a los distritos y las COE.)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="233"/>
        <source>%1 not imported</source>
        <translation>%1 sin importar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="234"/>
        <source>%1 no Dashboard</source>
        <translation>%1 sin Dashboard</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="235"/>
        <source>%1 %2 of %3 needed</source>
        <translation>%1 %2 de %3 necesarios</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="236"/>
        <source>%1 %2 of %3 needed (met)</source>
        <translation>%1 %2 de %3 necesarios (cumplido)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="237"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="238"/>
        <source>Referred</source>
        <translation>Remitido</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="239"/>
        <source>Not referred</source>
        <translation>No remitido</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="240"/>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="241"/>
        <source>%1 under Ed Code 52072(a): three or more student groups (or all, when fewer than three) must meet the criteria in three of the four school years %2-%3: %4.</source>
        <translation>%1 según el Código de Educación 52072(a): tres o más grupos estudiantiles (o todos, si son menos de tres) deben cumplir los criterios en tres de los cuatro años escolares %2-%3: %4.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="242"/>
        <source>%1 Import the missing years&apos; Dashboard files to decide.</source>
        <translation>%1 Importe los archivos del Dashboard de los años que faltan para decidir.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="243"/>
        <source>%1 is numerically significant on %2 with %3 students (at least %4 needed, Ed Code 52052).</source>
        <translation>%1: numéricamente significativo en %2 con %3 estudiantes (se necesitan al menos %4, Código de Educación 52052).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="244"/>
        <source>%1 is low-performing on %2 (%3).</source>
        <translation>%1: bajo rendimiento en %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="245"/>
        <source>%1 is %2 levels below all students on %3 (%4 against %5).</source>
        <translation>%1: %2 niveles por debajo de todos los estudiantes en %3 (%4 frente a %5).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="247"/>
        <source>never Red</source>
        <translation>nunca en Rojo</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="248"/>
        <source>Red in %1</source>
        <translation>en Rojo en %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="249"/>
        <source>%1 on %2: %3; %4.</source>
        <translation>%1 en %2: %3; %4.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="250"/>
        <source>%1 on %2: %3; %4 (%5 in %6, %7 in %8).</source>
        <translation>%1 en %2: %3; %4 (%5 en %6, %7 en %8).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="251"/>
        <source>improving</source>
        <translation>mejora</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="252"/>
        <source>declining</source>
        <translation>empeora</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="253"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="254"/>
        <source>not comparable</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="257"/>
        <source>Local indicators in two or more priorities: %1.</source>
        <translation>Indicadores locales en dos o más prioridades: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="258"/>
        <source>The district did not submit CALPADS data on time (%1, as CDE&apos;s %2 criteria cite it).</source>
        <translation>El distrito no entregó a tiempo los datos de CALPADS (%1, según lo citan los criterios %2 del CDE).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="259"/>
        <source>Priority %1: %2 (%3)</source>
        <translation>Prioridad %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="260"/>
        <source>%1 — %2 Dashboard</source>
        <translation>%1 — Dashboard %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="261"/>
        <source>Student group</source>
        <translation>Grupo estudiantil</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="262"/>
        <source>* drove eligibility: the result met a criterion for a student group that qualified the district.</source>
        <translation>* determinó la elegibilidad: el resultado cumplió un criterio para un grupo estudiantil que hizo elegible al distrito.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="263"/>
        <source>* drove eligibility: the result met a criterion for a student group that qualified the school.</source>
        <translation>* determinó la elegibilidad: el resultado cumplió un criterio para un grupo estudiantil que hizo elegible a la escuela.</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="264"/>
        <source>Eligible for differentiated assistance (%1 Dashboard)</source>
        <translation>Elegible para asistencia diferenciada (Dashboard %1)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="265"/>
        <source>Not eligible for differentiated assistance (%1 Dashboard)</source>
        <translation>No elegible para asistencia diferenciada (Dashboard %1)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="266"/>
        <source>Qualifying: %1</source>
        <translation>Cumple los criterios: %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="267"/>
        <source>Qualifying: %1 — CDE letter %2</source>
        <translation>Cumple los criterios: %1 — letra del CDE %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="268"/>
        <source>One priority only (not qualifying): %1</source>
        <translation>Solo una prioridad (no cumple los criterios): %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="269"/>
        <source>CCEE referral (Ed Code 52072(a)): %1</source>
        <translation>Remisión a la CCEE (Código de Educación 52072(a)): %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="270"/>
        <source>Charter school: %1</source>
        <translation>Escuela chárter: %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="271"/>
        <source>Low-performing student groups</source>
        <translation>Grupos estudiantiles de bajo rendimiento</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="272"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="273"/>
        <source>Disparities: two or more performance levels below all students (the district&apos;s practice in Casebook, not a statutory definition)</source>
        <translation>Disparidades: dos o más niveles de desempeño por debajo de todos los estudiantes (la práctica del distrito en Casebook, no una definición legal)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="274"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="275"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="276"/>
        <source>%1 — %2 Dashboard findings</source>
        <translation>%1 — hallazgos del Dashboard %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="277"/>
        <source>Drove eligibility (criteria met)</source>
        <translation>Determinó la elegibilidad (criterios cumplidos)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="278"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="279"/>
        <source>* bold and boxed: the result drove eligibility (it met a criterion for a student group that qualified the district).</source>
        <translation>* en negrita y con recuadro: el resultado determinó la elegibilidad (cumplió un criterio para un grupo estudiantil que hizo elegible al distrito).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="280"/>
        <source>* bold and boxed: the result drove eligibility (it met a criterion for a student group that qualified the school).</source>
        <translation>* en negrita y con recuadro: el resultado determinó la elegibilidad (cumplió un criterio para un grupo estudiantil que hizo elegible a la escuela).</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="282"/>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="283"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="284"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="285"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="286"/>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="287"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="288"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="289"/>
        <source>Met on</source>
        <translation>Cumplida el</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="290"/>
        <source>Why it is due</source>
        <translation>Por qué vence</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="291"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="292"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="293"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="296"/>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="297"/>
        <source>holds the control character %1 at byte %2; text may not contain control characters</source>
        <translation>contiene el carácter de control %1 en el byte %2; el texto no puede contener caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="298"/>
        <source>holds a C1 control character at byte %1; text may not contain control characters</source>
        <translation>contiene un carácter de control C1 en el byte %1; el texto no puede contener caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="299"/>
        <source>is not valid UTF-8 at byte %1</source>
        <translation>no es UTF-8 válido en el byte %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="300"/>
        <source>%1 is before the %2 %3</source>
        <translation>%1 es anterior a la %2 %3</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="301"/>
        <source>opening date</source>
        <translation>fecha de apertura</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="302"/>
        <source>case&apos;s opening date</source>
        <translation>fecha de apertura del caso</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="303"/>
        <source>identification date</source>
        <translation>fecha de identificación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="304"/>
        <source>first identification</source>
        <translation>primera identificación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="305"/>
        <source>designation date</source>
        <translation>fecha de designación</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="306"/>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="307"/>
        <source>school %1 is not in district %2 (its first 7 digits must match)</source>
        <translation>la escuela %1 no pertenece al distrito %2 (sus primeros 7 dígitos deben coincidir)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="308"/>
        <source>a %1 communication schedule needs its first date</source>
        <translation>un calendario de comunicación %1 necesita su primera fecha</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="309"/>
        <source>expected a Dashboard year from 2017, got %1</source>
        <translation>se esperaba un año del Dashboard desde 2017, se recibió %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="310"/>
        <source>an identification again is from a later Dashboard year than %1</source>
        <translation>una nueva identificación es de un año del Dashboard posterior a %1</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="311"/>
        <source>indicator %1 belongs to priority %2, not %3</source>
        <translation>el indicador %1 pertenece a la prioridad %2, no a la %3</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="312"/>
        <source>a recommendation that was %1 needs the district&apos;s reasons</source>
        <translation>una recomendación %1 necesita los motivos del distrito</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="313"/>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="314"/>
        <source>adapted</source>
        <translation>adaptada</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="315"/>
        <source>the file is %1 bytes; attachments may be at most %2 MiB (%3 bytes)</source>
        <translation>el archivo tiene %1 bytes; los adjuntos pueden tener como máximo %2 MiB (%3 bytes)</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="317"/>
        <source>technical-assistance request</source>
        <translation>solicitud de asistencia técnica</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="318"/>
        <source>required technical assistance</source>
        <translation>asistencia técnica requerida</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="319"/>
        <source>SPI intervention</source>
        <translation>intervención del SPI</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="320"/>
        <source>school plan</source>
        <translation>plan escolar</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="321"/>
        <source>a %1 case cannot go from &quot;%2&quot; to &quot;%3&quot;; it is finished</source>
        <translation>un caso de %1 no puede pasar de «%2» a «%3»; está terminado</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="322"/>
        <source>a %1 case cannot go from &quot;%2&quot; to &quot;%3&quot;; allowed next: %4</source>
        <translation>un caso de %1 no puede pasar de «%2» a «%3»; siguientes posibles: %4</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="323"/>
        <source>activities %1 are not done; required technical assistance documents the completion of activities 1-5 &quot;or substantially similar activities&quot; (BP 0520; Ed Code 52071(c)). Record each as complete, or as done through a substantially similar activity with what was done instead and its evidence</source>
        <translation>las actividades %1 no están hechas; la asistencia técnica requerida documenta la realización de las actividades 1-5 &quot;or substantially similar activities&quot; (BP 0520; Código de Educación 52071(c)). Registre cada una como completa, o como realizada mediante una actividad sustancialmente similar, con lo que se hizo en su lugar y su evidencia</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="327"/>
        <source>required technical assistance lasts &quot;for a minimum of two years following the identification&quot; (Ed Code 52071(c)(1)); counted from %1, the case can close on or after %2</source>
        <translation>la asistencia técnica requerida dura &quot;for a minimum of two years following the identification&quot; (Código de Educación 52071(c)(1)); contado desde %1, el caso puede cerrarse a partir del %2</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="330"/>
        <source>awaiting State Board approval: the SPI identifies a district for intervention &quot;with the approval of the state board&quot; (Ed Code 52072.1(a)); record the date of the State Board&apos;s approval before the intervention becomes active</source>
        <translation>en espera de la aprobación de la Junta Estatal: el SPI identifica a un distrito para intervención &quot;with the approval of the state board&quot; (Código de Educación 52072.1(a)); registre la fecha de la aprobación de la Junta Estatal antes de que la intervención pase a activa</translation>
    </message>
    <message>
        <location filename="../src/app/domain_labels.cpp" line="333"/>
        <source>a %1 plan is approved only when every required approval and part is recorded; missing: %2</source>
        <translation>un plan %1 se aprueba solo cuando constan todas las aprobaciones y partes requeridas; faltan: %2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../src/app/record_form.cpp" line="299"/>
        <source>a case must belong to a district</source>
        <translation>un caso debe pertenecer a un distrito</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="300"/>
        <source>a school plan case must name its school</source>
        <translation>un caso de plan escolar debe indicar su escuela</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="301"/>
        <source>expected 64 hexadecimal digits</source>
        <translation>se esperaban 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="302"/>
        <source>expected a number, got a value that is not finite</source>
        <translation>se esperaba un número, se recibió un valor que no es finito</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="303"/>
        <source>is larger than any district budget</source>
        <translation>es mayor que cualquier presupuesto de distrito</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="304"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="305"/>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="306"/>
        <source>record the exit date and reason before marking the school exited</source>
        <translation>registre la fecha y el motivo de la salida antes de marcar la escuela como salida</translation>
    </message>
    <message>
        <location filename="../src/app/record_form.cpp" line="307"/>
        <source>record the first identification (identified_on) before a later one</source>
        <translation>registre la primera identificación (identified_on) antes de una posterior</translation>
    </message>
</context>
</TS>
