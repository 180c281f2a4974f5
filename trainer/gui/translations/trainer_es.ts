<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../console/attendance.py" line="132"/>
        <location filename="../console/attendance.py" line="239"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="135"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="137"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="140"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="143"/>
        <source>Type part of a name; Esc clears</source>
        <translation>Escriba parte de un nombre; Esc borra</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="145"/>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="148"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="152"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="152"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="152"/>
        <source>Mark</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="153"/>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="153"/>
        <source>not saved yet</source>
        <translation>todavía sin guardar</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="159"/>
        <source>People and their marks</source>
        <translation>Personas y su asistencia</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="171"/>
        <source>Keys: P present · T or L late · J or E excused · A absent · Ctrl+F find · Esc clears the search</source>
        <translation>Teclas: P presente · T o L tarde · J o E justificada · A ausente · Ctrl+F buscar · Esc borra la búsqueda</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="174"/>
        <source>Attendance % counts the sessions held while a person was enrolled: someone added on day 2 is not counted absent on day 1 if day 1 was taken on its day.</source>
        <translation>El % de asistencia cuenta las sesiones realizadas mientras la persona estaba inscrita: a quien se agrega el día 2 no se le cuenta ausente el día 1 si la asistencia del día 1 se tomó ese mismo día.</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="178"/>
        <source>Saving marks</source>
        <translation>Guardando la asistencia</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="179"/>
        <source>Mark everyone else &amp;present</source>
        <translation>Marcar a todos los demás como &amp;presentes</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="181"/>
        <source>Add a &amp;walk-in…</source>
        <translation>&amp;Agregar a alguien sin inscripción…</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="184"/>
        <source>&amp;History of this person</source>
        <translation>&amp;Historial de esta persona</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="230"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="241"/>
        <source>Attendance: {workshop}</source>
        <translation>Asistencia: {workshop}</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="251"/>
        <source>This workshop has no sessions yet: add them in the section Workshops.</source>
        <translation>Este taller aún no tiene sesiones: agréguelas en la sección Talleres.</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="273"/>
        <source>Not marked: {count}</source>
        <translation>Sin marcar: {count}</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="425"/>
        <source>Session of {day}, {start}</source>
        <translation>Sesión del {day}, {start}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../backups.py" line="33"/>
        <source>Backup made:
{path}</source>
        <translation>Copia de seguridad hecha:
{path}</translation>
    </message>
    <message>
        <location filename="../backups.py" line="34"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../backups.py" line="38"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../backups.py" line="48"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../backups.py" line="49"/>
        <source>Replace the database with the backup of {date}?
What is there now is backed up first.</source>
        <translation>¿Reemplazar la base de datos por la copia de seguridad del {date}?
Antes se hace una copia de lo que hay ahora.</translation>
    </message>
    <message>
        <location filename="../backups.py" line="130"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <location filename="../usb.py" line="28"/>
        <source>Trainer files (*.trainer)</source>
        <translation>Archivos de Trainer (*.trainer)</translation>
    </message>
    <message>
        <location filename="../usb.py" line="126"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../usb.py" line="126"/>
        <source>merged profiles</source>
        <translation>perfiles fusionados</translation>
    </message>
    <message>
        <location filename="../usb.py" line="127"/>
        <source>workshops</source>
        <translation>talleres</translation>
    </message>
    <message>
        <location filename="../usb.py" line="127"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../usb.py" line="128"/>
        <source>enrollments</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <location filename="../usb.py" line="128"/>
        <source>lessons completed</source>
        <translation>lecciones completadas</translation>
    </message>
    <message>
        <location filename="../usb.py" line="129"/>
        <source>quiz attempts</source>
        <translation>intentos de evaluación</translation>
    </message>
    <message>
        <location filename="../usb.py" line="129"/>
        <source>quiz answers</source>
        <translation>respuestas de evaluación</translation>
    </message>
    <message>
        <location filename="../usb.py" line="130"/>
        <source>attendance marks</source>
        <translation>marcas de asistencia</translation>
    </message>
    <message>
        <location filename="../usb.py" line="130"/>
        <source>attendance changes</source>
        <translation>cambios de asistencia</translation>
    </message>
    <message>
        <location filename="../usb.py" line="131"/>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <location filename="../usb.py" line="131"/>
        <source>kept conflicts</source>
        <translation>conflictos guardados</translation>
    </message>
    <message>
        <location filename="../usb.py" line="138"/>
        <source>Progress of {name}</source>
        <translation>Avance de {name}</translation>
    </message>
    <message>
        <location filename="../usb.py" line="142"/>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <location filename="../usb.py" line="144"/>
        <source>Workshop: {titles}</source>
        <translation>Taller: {titles}</translation>
    </message>
    <message>
        <location filename="../usb.py" line="145"/>
        <source>For the organizer: {titles}</source>
        <translation>Para el organizador: {titles}</translation>
    </message>
    <message>
        <location filename="../usb.py" line="155"/>
        <source>nothing new: already here</source>
        <translation>nada nuevo: ya está aquí</translation>
    </message>
    <message>
        <location filename="../usb.py" line="157"/>
        <source>{added} new · {changed} changed · {unchanged} already here</source>
        <translation>{added} nuevos · {changed} cambiados · {unchanged} ya estaban</translation>
    </message>
    <message>
        <location filename="../usb.py" line="161"/>
        <source>{count} conflict(s) to look at</source>
        <translation>{count} conflicto(s) por revisar</translation>
    </message>
    <message>
        <location filename="../usb.py" line="166"/>
        <source>{table}: {added} new, {changed} changed, {unchanged} already here</source>
        <translation>{table}: {added} nuevos, {changed} cambiados, {unchanged} ya estaban</translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message>
        <location filename="../console/bundles.py" line="78"/>
        <location filename="../console/bundles.py" line="222"/>
        <source>USB sticks</source>
        <translation>Memorias USB</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="81"/>
        <source>&amp;Collect from USB…</source>
        <translation>&amp;Recoger de una memoria USB…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="83"/>
        <source>Choose the USB stick where learners saved their progress.</source>
        <translation>Elija la memoria USB donde los participantes guardaron su avance.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="85"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="85"/>
        <source>What</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="85"/>
        <source>From laptop</source>
        <translation>De la computadora</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="86"/>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="86"/>
        <source>What it adds here</source>
        <translation>Qué agrega aquí</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="87"/>
        <source>Files found on the USB stick; check the ones to merge</source>
        <translation>Archivos encontrados en la memoria USB; marque los que desea fusionar</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="106"/>
        <source>&amp;Merge checked</source>
        <translation>&amp;Fusionar los marcados</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="108"/>
        <source>Appro&amp;ve this laptop…</source>
        <translation>&amp;Aprobar esta computadora…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="109"/>
        <source>Compare the fingerprint of the laptop that made the chosen file; once approved, its workshop and organizer files can be merged.</source>
        <translation>Compare la huella de la computadora que hizo el archivo elegido; una vez aprobada, sus archivos de talleres y para el organizador se pueden fusionar.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="122"/>
        <source>Collect learners&apos; progress</source>
        <translation>Recoger el avance de los participantes</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="131"/>
        <source>&amp;Prepare laptops for this workshop…</source>
        <translation>&amp;Preparar las computadoras para este taller…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="132"/>
        <source>Writes the roster and sessions to a USB stick; each participant&apos;s laptop imports it to find their names.</source>
        <translation>Guarda la lista de participantes y las sesiones en una memoria USB; la computadora de cada participante la importa para que cada quien encuentre su nombre.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="136"/>
        <source>Which workshops to send</source>
        <translation>Qué talleres enviar</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="137"/>
        <source>This workshop</source>
        <translation>Este taller</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="138"/>
        <source>All workshops</source>
        <translation>Todos los talleres</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="139"/>
        <source>Send to the &amp;organizer…</source>
        <translation>Enviar al &amp;organizador…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="140"/>
        <source>Writes attendance, progress and certificates to a USB stick for the office.</source>
        <translation>Guarda la asistencia, el avance y los certificados en una memoria USB para la oficina.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="151"/>
        <source>Write to a USB stick</source>
        <translation>Guardar en una memoria USB</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="158"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Huella de esta computadora</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="163"/>
        <source>Another laptop asks for these 16 digits before it takes this laptop&apos;s workshop files: read them to its trainer.</source>
        <translation>Otra computadora pide estos 16 dígitos antes de aceptar los archivos de talleres de esta: léaselos a su capacitador.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="169"/>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="169"/>
        <source>In force now</source>
        <translation>Vigente ahora</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="170"/>
        <source>The other laptop&apos;s version</source>
        <translation>Versión de la otra computadora</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="171"/>
        <location filename="../console/bundles.py" line="190"/>
        <source>Conflicts: what two laptops recorded differently</source>
        <translation>Conflictos: lo que dos computadoras registraron distinto</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="174"/>
        <source>K&amp;eep current</source>
        <translation>Mantener lo &amp;vigente</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="175"/>
        <source>&amp;Use the other version</source>
        <translation>&amp;Usar la otra versión</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="178"/>
        <source>Merge t&amp;wo profiles of one person…</source>
        <translation>Fusionar &amp;dos perfiles de una persona…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="221"/>
        <source>USB sticks: {workshop}</source>
        <translation>Memorias USB: {workshop}</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="272"/>
        <source>Choose the USB stick with the learners&apos; files</source>
        <translation>Elija la memoria USB con los archivos de los participantes</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="280"/>
        <source>Looking inside {file} ({number} of {count})…</source>
        <translation>Revisando {file} ({number} de {count})…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="283"/>
        <source>Looking for files in {folder}…</source>
        <translation>Buscando archivos en {folder}…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="284"/>
        <source>Collect from USB</source>
        <translation>Recoger de una memoria USB</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="284"/>
        <source>Looking for Trainer files…</source>
        <translation>Buscando archivos de Trainer…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="298"/>
        <source>Stopped looking in {folder}.</source>
        <translation>Se dejó de buscar en {folder}.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="306"/>
        <source>No Trainer files (.trainer) in {folder}.</source>
        <translation>No hay archivos de Trainer (.trainer) en {folder}.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="308"/>
        <source>{count} file(s) in {folder}; {refused} cannot be merged (marked ⚠). Check the ones to merge.</source>
        <translation>{count} archivo(s) en {folder}; {refused} no se puede(n) fusionar (marcados con ⚠). Marque los que desea fusionar.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="349"/>
        <source>(first file from this laptop)</source>
        <translation>(primer archivo de esta computadora)</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="353"/>
        <source>merged: {adds}</source>
        <translation>fusionado: {adds}</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="355"/>
        <source>laptop not approved here yet: Approve this laptop… (it would add: {adds})</source>
        <translation>computadora aún no aprobada aquí: Aprobar esta computadora… (agregaría: {adds})</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="358"/>
        <source>{file}: {what}, from {device}, made {made}.
{adds}
{tables}</source>
        <translation>{file}: {what}, de {device}, creado el {made}.
{adds}
{tables}</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="363"/>
        <source>Fingerprint of that laptop: {fingerprint}</source>
        <translation>Huella de esa computadora: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="366"/>
        <source>{count} profile(s) registered on another laptop are kept as they are here: a participant&apos;s laptop does not change them.</source>
        <translation>{count} perfil(es) registrado(s) en otra computadora se mantienen como están aquí: la computadora de un participante no los modifica.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="370"/>
        <source>{count} quiz attempt(s) scored here from their answers.</source>
        <translation>{count} intento(s) de evaluación calificado(s) aquí a partir de sus respuestas.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="374"/>
        <source>It offers {count} organization key(s) this laptop does not trust yet: once it is merged, compare their fingerprints in Certificates ▸ Keys offered by bundles.</source>
        <translation>Ofrece {count} clave(s) de organización en las que esta computadora todavía no confía: después de fusionarlo, compare sus huellas en Certificados ▸ Claves ofrecidas por paquetes.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="396"/>
        <source>Merging {file} ({number} of {count})…</source>
        <translation>Fusionando {file} ({number} de {count})…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="399"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="399"/>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="417"/>
        <source>{merged} file(s) merged, {refused} refused.</source>
        <translation>{merged} archivo(s) fusionado(s), {refused} rechazado(s).</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="420"/>
        <source>Cancelled: the files not merged yet are still checked.</source>
        <translation>Cancelado: los archivos que aún no se fusionaron siguen marcados.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="451"/>
        <source>It holds: {what}.</source>
        <translation>Contiene: {what}.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="453"/>
        <source>Does the laptop “{name}” show these same 16 digits? (On that laptop: Trainer console ▸ USB sticks ▸ This laptop&apos;s fingerprint)</source>
        <translation>¿La computadora “{name}” muestra estos mismos 16 dígitos? (En esa computadora: Consola del capacitador ▸ Memorias USB ▸ Huella de esta computadora)</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="457"/>
        <source>Not approved: nothing from {file} is merged.</source>
        <translation>No se aprobó: no se fusiona nada de {file}.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="465"/>
        <source>Approving the laptop “{name}”…</source>
        <translation>Aprobando la computadora “{name}”…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="478"/>
        <source>The laptop “{name}” is approved: its workshop and organizer files can be merged now.</source>
        <translation>La computadora “{name}” está aprobada: ya se pueden fusionar sus archivos de talleres y para el organizador.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="501"/>
        <source>The course of this workshop ({course}) is not installed on this laptop.</source>
        <translation>El curso de este taller ({course}) no está instalado en esta computadora.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="504"/>
        <source>Choose the USB stick for the participants&apos; laptops</source>
        <translation>Elija la memoria USB para las computadoras de los participantes</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="508"/>
        <source>Prepare laptops</source>
        <translation>Preparar computadoras</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="510"/>
        <source>On each participant&apos;s laptop, choose “Prepare this laptop for a workshop…” and then this file.</source>
        <translation>En la computadora de cada participante, elija «Preparar esta computadora para un taller…» y luego este archivo.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="518"/>
        <source>Choose the USB stick for the organizer</source>
        <translation>Elija la memoria USB para el organizador</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="523"/>
        <source>Send to the organizer</source>
        <translation>Enviar al organizador</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="525"/>
        <source>Give this USB stick to the organizer, who merges it in their console (USB sticks → Collect from USB…).</source>
        <translation>Entregue esta memoria USB al organizador, quien la fusiona en su consola (Memorias USB → Recoger de una memoria USB…).</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="549"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se guardó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="552"/>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="559"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="559"/>
        <location filename="../console/bundles.py" line="598"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="560"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="560"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="583"/>
        <source>{count} to decide: choose one, then keep what is in force or use the other version.</source>
        <translation>{count} por decidir: elija uno y luego mantenga lo vigente o use la otra versión.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="584"/>
        <source>No conflicts: the laptops agree.</source>
        <translation>Sin conflictos: las computadoras coinciden.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="591"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="591"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="591"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="592"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="592"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="592"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="593"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="594"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="594"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="594"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="595"/>
        <source>Modules taught</source>
        <translation>Módulos que se imparten</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="595"/>
        <source>Starts on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="595"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="596"/>
        <source>Attendance threshold</source>
        <translation>Asistencia mínima</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="596"/>
        <source>Trainer</source>
        <translation>Capacitador(a)</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="597"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="597"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="597"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="598"/>
        <source>Attendance mark</source>
        <translation>Marca de asistencia</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="614"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="614"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="615"/>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="615"/>
        <location filename="../console/bundles.py" line="616"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="616"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="616"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="660"/>
        <source>{other} is now the same person as {keep}; {moved} record(s) moved.</source>
        <translation>{other} ahora es la misma persona que {keep}; se trasladaron {moved} registro(s).</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="665"/>
        <source>Merging the two profiles…</source>
        <translation>Fusionando los dos perfiles…</translation>
    </message>
</context>
<context>
    <name>CertificatesSection</name>
    <message>
        <location filename="../console/certificates.py" line="253"/>
        <location filename="../console/certificates.py" line="463"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="259"/>
        <location filename="../console/certificates.py" line="302"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="259"/>
        <location filename="../console/certificates.py" line="302"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="259"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="260"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="261"/>
        <location filename="../console/certificates.py" line="292"/>
        <source>Who can receive a certificate</source>
        <translation>Quién puede recibir un certificado</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="267"/>
        <source>One PDF per &amp;person</source>
        <translation>Un PDF por &amp;persona</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="268"/>
        <source>One PDF with every page, to pri&amp;nt</source>
        <translation>&amp;Un PDF con todas las páginas, para imprimir</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="275"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="276"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="277"/>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="279"/>
        <source>Issue &amp;all eligible</source>
        <translation>Emitir a &amp;todos los que cumplen</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="302"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="303"/>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="303"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="304"/>
        <source>Certificates issued in this workshop</source>
        <translation>Certificados emitidos en este taller</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="306"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="307"/>
        <source>R&amp;eprint</source>
        <translation>Rei&amp;mprimir</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="308"/>
        <source>Veri&amp;fy a certificate…</source>
        <translation>Veri&amp;ficar un certificado…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="319"/>
        <source>Issued in this workshop</source>
        <translation>Emitidos en este taller</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="326"/>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="328"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="330"/>
        <source>&amp;Save name</source>
        <translation>&amp;Guardar nombre</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="336"/>
        <source>Choose &amp;logo…</source>
        <translation>Elegir l&amp;ogotipo…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="338"/>
        <source>No lo&amp;go</source>
        <translation>&amp;Sin logotipo</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="342"/>
        <source>Organization on the certificates</source>
        <translation>Organización en los certificados</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="348"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="357"/>
        <source>E&amp;xport public key…</source>
        <translation>E&amp;xportar clave pública…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="358"/>
        <source>Impor&amp;t public key…</source>
        <translation>&amp;Importar clave pública…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="367"/>
        <source>Checking on other laptops</source>
        <translation>Verificación en otras computadoras</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="369"/>
        <source>Another laptop verifies these certificates once it has this organization&apos;s public key.</source>
        <translation>Otra computadora puede verificar estos certificados cuando tenga la clave pública de esta organización.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="384"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="384"/>
        <source>Offered by laptop</source>
        <translation>Ofrecida por la computadora</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="384"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="385"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="386"/>
        <location filename="../console/certificates.py" line="393"/>
        <source>Keys offered by bundles</source>
        <translation>Claves ofrecidas por paquetes</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="389"/>
        <source>Appr&amp;ove this key…</source>
        <translation>Apro&amp;bar esta clave…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="390"/>
        <source>Compare the key&apos;s fingerprint with its organization; once approved, the certificates it signed verify here.</source>
        <translation>Compare la huella de la clave con su organización; una vez aprobada, los certificados que firmó se verifican aquí.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="396"/>
        <source>Files from USB sticks (bundles) brought these organizations&apos; public keys. Anyone can make a key with any name: it verifies nothing until you compare its fingerprint with the organization and approve it.</source>
        <translation>Los archivos de memorias USB (paquetes) trajeron estas claves públicas. Cualquiera puede crear una clave con cualquier nombre: no verifica nada hasta que usted compare su huella con la organización y la apruebe.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="443"/>
        <source>Save the public key</source>
        <translation>Guardar la clave pública</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="445"/>
        <source>Public keys (*.pub)</source>
        <translation>Claves públicas (*.pub)</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="450"/>
        <source>Choose another organization&apos;s public key</source>
        <translation>Elija la clave pública de otra organización</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="451"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="464"/>
        <source>Create a workshop first (section Workshops).</source>
        <translation>Primero cree un taller (sección Talleres).</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="470"/>
        <source>Certificates: {workshop}</source>
        <translation>Certificados: {workshop}</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="473"/>
        <source>The course of this workshop ({course}) is not installed on this laptop: who may receive a certificate cannot be worked out.</source>
        <translation>El curso de este taller ({course}) no está instalado en esta computadora: no se puede determinar quién puede recibir un certificado.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="479"/>
        <source>Working out who may receive a certificate…</source>
        <translation>Determinando quién puede recibir un certificado…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="504"/>
        <source>Completion</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="504"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="482"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="519"/>
        <source>Nobody is enrolled in this workshop yet.</source>
        <translation>Todavía no hay nadie inscrito en este taller.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="521"/>
        <source>Completion: {completion} · Participation: {participation} · Not yet: {not_yet}</source>
        <translation>Aprobación: {completion} · Participación: {participation} · Aún no: {not_yet}</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="533"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="536"/>
        <source>replaced by a corrected one</source>
        <translation>reemplazado por uno corregido</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="538"/>
        <source>⊘ Revoked on {date}: {reason}</source>
        <translation>⊘ Revocado el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="554"/>
        <source>Not named yet: name it before the first certificate</source>
        <translation>Todavía sin nombre: póngaselo antes del primer certificado</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="562"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="563"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="566"/>
        <source>Logo: {file}</source>
        <translation>Logotipo: {file}</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="606"/>
        <source>&amp;Issue and sign</source>
        <translation>&amp;Emitir y firmar</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="607"/>
        <source>Issuing signs each certificate with the organization&apos;s key.</source>
        <translation>Al emitirlos, cada certificado se firma con la clave de la organización.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="612"/>
        <source>Open the console again with your PIN: only a trainer or organizer signs certificates.</source>
        <translation>Vuelva a abrir la consola con su PIN: solo un capacitador u organizador firma certificados.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="627"/>
        <source>Issue certificates</source>
        <translation>Emitir certificados</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="627"/>
        <source>Drawing the certificates…</source>
        <translation>Preparando los certificados…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="639"/>
        <source>{new} new, {reissued} corrected (the old one revoked), {unchanged} unchanged (printed again); {not_yet} not eligible yet.</source>
        <translation>{new} nuevos, {reissued} corregidos (el anterior quedó revocado), {unchanged} sin cambios (se imprimieron de nuevo); {not_yet} aún no cumplen.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="645"/>
        <source>✓ {count} PDF files saved in {folder}</source>
        <translation>✓ {count} archivos PDF guardados en {folder}</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="660"/>
        <source>That passphrase does not open the organization&apos;s key (capital letters and spaces count). No certificate was issued.</source>
        <translation>Esa frase de contraseña no abre la clave de la organización (cuentan las mayúsculas y los espacios). No se emitió ningún certificado.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="669"/>
        <source>Certificates already handed out would change: answer the question.</source>
        <translation>Cambiarían certificados ya entregados: responda la pregunta.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="673"/>
        <source>Nothing was issued: the certificates already handed out stay valid as they are.</source>
        <translation>No se emitió nada: los certificados ya entregados siguen siendo válidos tal como están.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="687"/>
        <source>Cancelled: no certificate was issued and no file was written.</source>
        <translation>Cancelado: no se emitió ningún certificado ni se guardó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="714"/>
        <source>{code} revoked.</source>
        <translation>Se revocó {code}.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="721"/>
        <source>That passphrase does not open the organization&apos;s key (capital letters and spaces count). {code} was not revoked.</source>
        <translation>Esa frase de contraseña no abre la clave de la organización (cuentan las mayúsculas y los espacios). No se revocó {code}.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="728"/>
        <source>Revoking {code}…</source>
        <translation>Revocando {code}…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="739"/>
        <source>Printing {code} again…</source>
        <translation>Reimprimiendo {code}…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="797"/>
        <source>Saved: new certificates will show it.</source>
        <translation>Guardado: los nuevos certificados lo mostrarán.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="801"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="815"/>
        <source>Public key {key_id} saved in {file}. On the other laptop: Trainer console → Certificates → Import public key…</source>
        <translation>Clave pública {key_id} guardada en {file}. En la otra computadora: Consola del capacitador → Certificados → Importar clave pública…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="818"/>
        <source>Saving the key…</source>
        <translation>Guardando la clave…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="830"/>
        <location filename="../console/certificates.py" line="909"/>
        <source>This laptop now trusts key {key_id} ({organization}): its certificates verify here.</source>
        <translation>Esta computadora ahora confía en la clave {key_id} ({organization}): sus certificados se pueden verificar aquí.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="831"/>
        <source>This laptop already trusted key {key_id} ({organization}).</source>
        <translation>Esta computadora ya confiaba en la clave {key_id} ({organization}).</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="836"/>
        <source>Reading the key…</source>
        <translation>Leyendo la clave…</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="851"/>
        <source>This laptop has no organization key yet: it is made when the organization is set up.</source>
        <translation>Esta computadora aún no tiene clave de la organización: se crea al configurar la organización.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="855"/>
        <source>This organization&apos;s key is {key_id}. Its fingerprint, to read aloud to whoever approves it on another laptop:</source>
        <translation>La clave de esta organización es {key_id}. Su huella, para leérsela en voz alta a quien la apruebe en otra computadora:</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="888"/>
        <source>Open the console again with your PIN: only a trainer or organizer approves a key.</source>
        <translation>Vuelva a abrir la consola con su PIN: solo un capacitador u organizador aprueba una clave.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="894"/>
        <source>Not approved: certificates signed with key {key_id} still answer “unknown key”.</source>
        <translation>No se aprobó: los certificados firmados con la clave {key_id} siguen apareciendo como “clave desconocida”.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="903"/>
        <source>Approving key {key_id}…</source>
        <translation>Aprobando la clave {key_id}…</translation>
    </message>
</context>
<context>
    <name>ClassProgressSection</name>
    <message>
        <location filename="../console/class_progress.py" line="157"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="157"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="158"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="158"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="158"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="159"/>
        <source>Modules passed</source>
        <translation>Módulos aprobados</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="159"/>
        <source>Why at risk</source>
        <translation>Por qué está en riesgo</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="161"/>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="161"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="162"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="163"/>
        <source>The same percent the participant sees in My progress: a module counts in full once its quiz is passed, otherwise its lessons done out of its lessons plus the quiz; each module weighs the same; ✓ every module passed.</source>
        <translation>El mismo porcentaje que la persona ve en Mi avance: un módulo cuenta completo cuando aprobó su evaluación; si no, cuentan sus lecciones hechas sobre sus lecciones más la evaluación; todos los módulos pesan lo mismo; ✓ todos los módulos aprobados.</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="167"/>
        <source>Class progress</source>
        <translation>Avance del grupo</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="169"/>
        <source>In each module: ✓ passed (its quiz passed) · ◐ in progress · ○ not started, then lessons done / lessons and the best quiz score. Progress: the percent the participant sees in My progress. ⚠ at risk: the reason is in the last column. Click a column title to sort.</source>
        <translation>En cada módulo: ✓ aprobado (aprobó su evaluación) · ◐ en curso · ○ sin empezar; luego lecciones hechas / lecciones y la mejor nota de la evaluación. Avance: el porcentaje que la persona ve en Mi avance. ⚠ en riesgo: el motivo está en la última columna. Haga clic en el título de una columna para ordenar.</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="173"/>
        <source>Only people at &amp;risk</source>
        <translation>Solo personas en &amp;riesgo</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="177"/>
        <source>Class progress: participants by modules</source>
        <translation>Avance del grupo: participantes por módulo</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="209"/>
        <source>Create a workshop first (section Workshops).</source>
        <translation>Primero cree un taller (sección Talleres).</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="211"/>
        <source>Class progress: {workshop}</source>
        <translation>Avance del grupo: {workshop}</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="215"/>
        <source>The course of this workshop ({course}) is not installed on this laptop.</source>
        <translation>El curso de este taller ({course}) no está instalado en esta computadora.</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="219"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="229"/>
        <source>Participants: {count} · completed every module: {completed} · at risk: {risk}</source>
        <translation>Participantes: {count} · aprobaron todos los módulos: {completed} · en riesgo: {risk}</translation>
    </message>
    <message>
        <location filename="../console/class_progress.py" line="231"/>
        <source>Only people at &amp;risk ({count})</source>
        <translation>Solo personas en &amp;riesgo ({count})</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <location filename="../console/__init__.py" line="65"/>
        <source>Console sections</source>
        <translation>Secciones de la consola</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="78"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="78"/>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="79"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="79"/>
        <source>Paper mode</source>
        <translation>Modo papel</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="80"/>
        <source>Class progress</source>
        <translation>Avance del grupo</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="80"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="81"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="81"/>
        <source>USB sticks</source>
        <translation>Memorias USB</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="104"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="106"/>
        <source>Wor&amp;kshop:</source>
        <translation>Tall&amp;er:</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="108"/>
        <source>Trainer console</source>
        <translation>Consola del capacitador</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="123"/>
        <source>Ctrl+1 … Ctrl+8: go to a section</source>
        <translation>Ctrl+1 … Ctrl+8: ir a una sección</translation>
    </message>
    <message>
        <location filename="../console/__init__.py" line="238"/>
        <source>enrolled: {count}</source>
        <translation>inscritos: {count}</translation>
    </message>
</context>
<context>
    <name>CourseHome</name>
    <message>
        <location filename="../screens/course_home.py" line="35"/>
        <source>C&amp;ourse:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="42"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="75"/>
        <location filename="../screens/course_home.py" line="121"/>
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="74"/>
        <source>Course complete</source>
        <translation>Curso completo</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="70"/>
        <source>{percent} % · {done} of {total} lessons · {passed} of {modules} modules passed</source>
        <translation>{percent} % · {done} de {total} lecciones · {passed} de {modules} módulos aprobados</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="84"/>
        <source>Start: {title}</source>
        <translation>Empezar: {title}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="84"/>
        <source>Continue where you left off: {title}</source>
        <translation>Continuar donde se quedó: {title}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="102"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="102"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="103"/>
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="104"/>
        <source>Module {n}: {title}</source>
        <translation>Módulo {n}: {title}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="111"/>
        <source>{done} of {total} lessons</source>
        <translation>{done} de {total} lecciones</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="116"/>
        <source>Quiz not taken yet (pass mark {mark:.0f} %)</source>
        <translation>Evaluación pendiente (se aprueba con {mark:.0f} %)</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="118"/>
        <source>Quiz: best {best:.0f} % of {mark:.0f} % needed, {count} attempt(s)</source>
        <translation>Evaluación: mejor nota {best:.0f} % de {mark:.0f} % necesario, {count} intento(s)</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="125"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="126"/>
        <source>Lessons of module {n}</source>
        <translation>Lecciones del módulo {n}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="134"/>
        <source>Quiz</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="135"/>
        <source>Quiz of module {n}</source>
        <translation>Evaluación del módulo {n}</translation>
    </message>
</context>
<context>
    <name>CoursesScreen</name>
    <message>
        <location filename="../screens/courses.py" line="22"/>
        <location filename="../screens/courses.py" line="24"/>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../screens/courses.py" line="31"/>
        <source>{title}
{modules} modules · about {hours} h</source>
        <translation>{title}
{modules} módulos · unas {hours} h</translation>
    </message>
    <message>
        <location filename="../screens/courses.py" line="39"/>
        <source>{title}
Unavailable: {reason}</source>
        <translation>{title}
No disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../widgets.py" line="162"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="163"/>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="213"/>
        <source>&apos;{text}&apos; is not a date: type it as yyyy-mm-dd, for example {example}</source>
        <translation>«{text}» no es una fecha: escríbala como aaaa-mm-dd, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="216"/>
        <source>{day} is before {minimum}</source>
        <translation>{day} es anterior a {minimum}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../screens/course_home.py" line="16"/>
        <source>about {h} h {m} min</source>
        <translation>unas {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="18"/>
        <source>about {h} h</source>
        <translation>unas {h} h</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="19"/>
        <source>about {m} min</source>
        <translation>unos {m} min</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../console/common.py" line="292"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="293"/>
        <source>Open fol&amp;der</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="294"/>
        <source>Pr&amp;int</source>
        <translation>Imp&amp;rimir</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="295"/>
        <source>Opens the PDF in the computer&apos;s viewer, where you can print it</source>
        <translation>Abre el PDF en el visor de la computadora, desde donde puede imprimirlo</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="307"/>
        <source>✓ Saved: {file}</source>
        <translation>✓ Guardado: {file}</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../usb.py" line="60"/>
        <source>Approve a laptop</source>
        <translation>Aprobar una computadora</translation>
    </message>
    <message>
        <location filename="../usb.py" line="62"/>
        <source>This file comes from the laptop “{device}”, which this laptop has not approved yet.</source>
        <translation>Este archivo viene de la computadora “{device}”, que esta computadora todavía no ha aprobado.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="66"/>
        <source>Its fingerprint:</source>
        <translation>Su huella:</translation>
    </message>
    <message>
        <location filename="../usb.py" line="79"/>
        <source>If even one digit differs, the file was not made by that laptop: answer No, and nothing is imported.</source>
        <translation>Si un solo dígito es distinto, el archivo no lo hizo esa computadora: responda No y no se importará nada.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="82"/>
        <source>&amp;Yes, the same 16 digits</source>
        <translation>&amp;Sí, los mismos 16 dígitos</translation>
    </message>
    <message>
        <location filename="../usb.py" line="83"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../usb.py" line="106"/>
        <source>Anyone can make a key and put any name in it: approve it only when the organization itself confirms its fingerprint, in person or by phone. Once approved, the certificates it signed verify as valid here.</source>
        <translation>Cualquiera puede crear una clave y ponerle cualquier nombre: apruébela solo cuando la propia organización confirme su huella, en persona o por teléfono. Una vez aprobada, los certificados que firmó se verifican aquí como válidos.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="109"/>
        <source>Does the organization confirm these same 16 digits? (they read them with &apos;trainer keys list&apos; or in their console: Certificates ▸ Checking on other laptops)</source>
        <translation>¿La organización confirma estos mismos 16 dígitos? (Los leen con &apos;trainer keys list&apos; o en su consola: Certificados ▸ Verificación en otras computadoras)</translation>
    </message>
    <message>
        <location filename="../usb.py" line="112"/>
        <source>Approve an organization&apos;s key</source>
        <translation>Aprobar la clave de una organización</translation>
    </message>
    <message>
        <location filename="../usb.py" line="113"/>
        <source>The laptop “{laptop}” offered the public key {key_id} of “{organization}” in a bundle; this laptop does not trust it yet.</source>
        <translation>La computadora “{laptop}” ofreció en un paquete la clave pública {key_id} de “{organization}”; esta computadora todavía no confía en ella.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="117"/>
        <source>If even one digit differs, it is not that organization&apos;s key: answer No, and nothing changes.</source>
        <translation>Si un solo dígito es distinto, no es la clave de esa organización: responda No y no cambiará nada.</translation>
    </message>
</context>
<context>
    <name>FollowTheMoneyScreen</name>
    <message>
        <location filename="../labs/follow_the_money.py" line="78"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="79"/>
        <source>&amp;1. Stages of a card payment</source>
        <translation>&amp;1. Etapas de un pago con tarjeta</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="80"/>
        <source>&amp;2. Fee split</source>
        <translation>&amp;2. Reparto de comisiones</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="81"/>
        <source>&amp;3. Chargeback evidence</source>
        <translation>&amp;3. Pruebas ante un contracargo</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="82"/>
        <source>&amp;4. Payment methods by country</source>
        <translation>&amp;4. Medios de pago por país</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="98"/>
        <source>Put the five stages of a card payment in order, from the purchase to the money in the merchant&apos;s account. Drag a stage, or select it and press Alt+Up or Alt+Down.</source>
        <translation>Ordene las cinco etapas de un pago con tarjeta, desde la compra hasta que el dinero llega a la cuenta del comercio. Arrastre una etapa, o selecciónela y pulse Alt+Flecha arriba o Alt+Flecha abajo.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="101"/>
        <source>Stages of a card payment, in your order</source>
        <translation>Etapas de un pago con tarjeta, en el orden que usted eligió</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="108"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="109"/>
        <source>Alt+Up</source>
        <translation>Alt+Flecha arriba</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="110"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="111"/>
        <source>Alt+Down</source>
        <translation>Alt+Flecha abajo</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="112"/>
        <source>&amp;Check the order</source>
        <translation>&amp;Comprobar el orden</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="117"/>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="146"/>
        <source>{mark} wrong place: </source>
        <translation>{mark} lugar incorrecto: </translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="148"/>
        <source>{mark} right place: </source>
        <translation>{mark} lugar correcto: </translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="167"/>
        <source>A card sale does not reach the merchant whole: the issuing bank, the card network and the acquirer each keep a part. Type a sale amount to see where each cent goes.</source>
        <translation>Una venta con tarjeta no llega completa al comercio: el banco emisor, la red de la marca y el adquirente se quedan cada uno con una parte. Escriba un monto de venta para ver adónde va cada centavo.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="170"/>
        <source>Sale amount in US dollars</source>
        <translation>Monto de la venta en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="172"/>
        <source>&amp;Sale amount (US$):</source>
        <translation>&amp;Monto de la venta (US$):</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="175"/>
        <source>Problem with the sale amount</source>
        <translation>Problema con el monto de la venta</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="181"/>
        <source>Part</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="181"/>
        <source>Who receives it</source>
        <translation>Quién lo recibe</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="181"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="181"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="182"/>
        <source>Fee split</source>
        <translation>Reparto de comisiones</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="185"/>
        <source>About these rates</source>
        <translation>Sobre estas tasas</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="202"/>
        <source>Where the sale goes (illustrative rates)</source>
        <translation>Adónde va la venta (tasas ilustrativas)</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="205"/>
        <source>Where a sale of {sale} goes (illustrative rates)</source>
        <translation>Adónde va una venta de {sale} (tasas ilustrativas)</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="208"/>
        <source>the rest</source>
        <translation>el resto</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="210"/>
        <source>Total sale</source>
        <translation>Total de la venta</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="231"/>
        <source>&amp;Score my evidence</source>
        <translation>&amp;Evaluar mis pruebas</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="234"/>
        <source>Evidence score</source>
        <translation>Puntaje de las pruebas</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="246"/>
        <source>Right to send it.</source>
        <translation>Bien enviada.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="247"/>
        <source>Better left out.</source>
        <translation>Mejor no enviarla.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="248"/>
        <source>You left out useful evidence.</source>
        <translation>Dejó fuera una prueba útil.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="249"/>
        <source>Right to leave it out.</source>
        <translation>Bien dejada fuera.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="255"/>
        <source>{points} of {most} points ({percent}). {message}</source>
        <translation>{points} de {most} puntos ({percent}). {message}</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="269"/>
        <source>Buyers&apos; country</source>
        <translation>País de los compradores</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="272"/>
        <source>Buyers&apos; &amp;country:</source>
        <translation>&amp;País de los compradores:</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="279"/>
        <source>Comparison of payment methods</source>
        <translation>Comparación de medios de pago</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="300"/>
        <source>Facts as of {date}.</source>
        <translation>Datos vigentes al {date}.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="302"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="307"/>
        <source>This lab describes local methods for Mexico, Brazil and Costa Rica; for buyers in {country} it shows cards only.</source>
        <translation>Esta práctica describe medios locales de México, Brasil y Costa Rica; para compradores en {country} solo muestra tarjetas.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="309"/>
        <source>How buyers in {country} can pay</source>
        <translation>Cómo pueden pagar los compradores en {country}</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="320"/>
        <source>check the order of the stages</source>
        <translation>comprobar el orden de las etapas</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="322"/>
        <source>score your chargeback evidence</source>
        <translation>evaluar sus pruebas ante el contracargo</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="324"/>
        <source>Still to do: {tasks}. Your score counts your first try at each.</source>
        <translation>Pendiente: {tasks}. Su puntaje cuenta el primer intento de cada ejercicio.</translation>
    </message>
    <message>
        <location filename="../labs/follow_the_money.py" line="327"/>
        <source>Both scored exercises are done: score {score}. Explore the rest, then finish the lab.</source>
        <translation>Completó los dos ejercicios con puntaje: {score}. Explore el resto y luego termine la práctica.</translation>
    </message>
</context>
<context>
    <name>HashSignScreen</name>
    <message>
        <location filename="../labs/hash_sign.py" line="75"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="84"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="85"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="93"/>
        <source>Ste&amp;ps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="121"/>
        <source>Invoice 001: 12 hats, US$ 480</source>
        <translation>Factura 001: 12 sombreros, US$ 480</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="163"/>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="165"/>
        <source>All steps done. Press Finish lab to record it.</source>
        <translation>Completó todos los pasos. Pulse «Terminar la práctica» para registrarla.</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="167"/>
        <source>{done} of {total} steps done. Next opens when a step is done.</source>
        <translation>{done} de {total} pasos completados. «Siguiente» se habilita al completar cada paso.</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="181"/>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="186"/>
        <source>What this shows in law: UNCITRAL Model Law on Electronic Signatures (2001), art. 6(3)</source>
        <translation>Qué muestra en derecho: Ley Modelo de la CNUDMI sobre las Firmas Electrónicas (2001), art. 6(3)</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="189"/>
        <source>Art. 6(3)({letter}): {text}</source>
        <translation>Art. 6(3)({letter}): {text}</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="212"/>
        <source>Text of the document</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="213"/>
        <source>&amp;Text of the document (edit it freely):</source>
        <translation>Te&amp;xto del documento (puede editarlo libremente):</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="216"/>
        <source>SHA-256 digest</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="219"/>
        <source>Its SHA-256 digest (64 hexadecimal characters):</source>
        <translation>Su huella SHA-256 (64 caracteres hexadecimales):</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="231"/>
        <source>Changed text</source>
        <translation>Texto modificado</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="232"/>
        <source>C&amp;hanged text (change one character):</source>
        <translation>Texto &amp;modificado (cambie un carácter):</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="234"/>
        <source>Change one &amp;character for me</source>
        <translation>&amp;Cambiar un carácter por mí</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="239"/>
        <source>Digest comparison</source>
        <translation>Comparación de las huellas</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="241"/>
        <source>How much of the digest changed</source>
        <translation>Cuánto cambió la huella</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="242"/>
        <source>Original text:</source>
        <translation>Texto original:</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="254"/>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="254"/>
        <source>Changed:</source>
        <translation>Modificado:</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="254"/>
        <source>Differs:</source>
        <translation>Diferencias:</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="258"/>
        <source>Hex positions that differ: {positions}</source>
        <translation>Posiciones hexadecimales que difieren: {positions}</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="268"/>
        <source>&amp;Generate key pair</source>
        <translation>&amp;Generar un par de claves</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="271"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="280"/>
        <source>Public key (share it): {key}</source>
        <translation>Clave pública (compártala): {key}</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="282"/>
        <source>Private key: made on this computer and kept only in this lab&apos;s memory. It is never shown, saved or sent.</source>
        <translation>Clave privada: se generó en esta computadora y solo se guarda en la memoria de esta práctica. Nunca se muestra, se guarda en disco ni se envía.</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="288"/>
        <source>&amp;Sign with the private key</source>
        <translation>&amp;Firmar con la clave privada</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="291"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="292"/>
        <source>Document to sign:</source>
        <translation>Documento por firmar:</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="304"/>
        <source>Signature (64 bytes): {signature}</source>
        <translation>Firma (64 bytes): {signature}</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="310"/>
        <source>Valid: the matching private key signed exactly this text.</source>
        <translation>Válida: la clave privada correspondiente firmó exactamente este texto.</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="313"/>
        <source>Verification failed: the signature does not match this text and this public key.</source>
        <translation>La verificación falló: la firma no corresponde a este texto con esta clave pública.</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="317"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="319"/>
        <location filename="../labs/hash_sign.py" line="340"/>
        <location filename="../labs/hash_sign.py" line="359"/>
        <location filename="../labs/hash_sign.py" line="383"/>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="326"/>
        <source>Text received: &quot;{text}&quot;
Signer&apos;s public key: {key}…</source>
        <translation>Texto recibido: «{text}»
Clave pública del firmante: {key}…</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="334"/>
        <source>Text received</source>
        <translation>Texto recibido</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="335"/>
        <source>&amp;Text received (one character was changed on the way; edit it if you like):</source>
        <translation>Te&amp;xto recibido (un carácter cambió en el camino; puede editarlo si lo desea):</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="338"/>
        <source>&amp;Verify the text received</source>
        <translation>&amp;Verificar el texto recibido</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="356"/>
        <source>Signature received</source>
        <translation>Firma recibida</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="357"/>
        <source>&amp;Verify the signature received</source>
        <translation>&amp;Verificar la firma recibida</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="369"/>
        <source>The text is the original, but the first byte of the signature changed from {before} to {after} (bold, underlined):</source>
        <translation>El texto es el original, pero el primer byte de la firma cambió de {before} a {after} (en negrita y subrayado):</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="380"/>
        <source>&amp;Verify with another person&apos;s public key</source>
        <translation>&amp;Verificar con la clave pública de otra persona</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="392"/>
        <source>Signer&apos;s public key: {mine}…
Public key used: {other}…</source>
        <translation>Clave pública del firmante: {mine}…
Clave pública usada: {other}…</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="398"/>
        <location filename="../labs/hash_sign.py" line="424"/>
        <source>My export company</source>
        <translation>Mi empresa exportadora</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="399"/>
        <source>Holder&apos;s name</source>
        <translation>Nombre del titular</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="400"/>
        <source>&amp;Holder&apos;s name:</source>
        <translation>&amp;Nombre del titular:</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="405"/>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Emitir el certificado</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="408"/>
        <location filename="../labs/hash_sign.py" line="439"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="409"/>
        <source>Chec&amp;k the certificate</source>
        <translation>&amp;Comprobar el certificado</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="413"/>
        <location filename="../labs/hash_sign.py" line="447"/>
        <source>Certificate status</source>
        <translation>Estado del certificado</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="440"/>
        <source>&amp;Revoke the certificate</source>
        <translation>&amp;Revocar el certificado</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="443"/>
        <source>Check it &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../labs/hash_sign.py" line="462"/>
        <source>The authority put the certificate on its revocation list.</source>
        <translation>La autoridad incluyó el certificado en su lista de revocación.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../console/attendance.py" line="495"/>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="508"/>
        <source>No attendance marked yet.</source>
        <translation>Todavía no se ha marcado su asistencia.</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="510"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../console/roster.py" line="357"/>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="361"/>
        <source>Columns: what each one holds (change it if the guess is wrong)</source>
        <translation>Columnas: qué contiene cada una (cámbielo si no se adivinó bien)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="369"/>
        <source>(ignore)</source>
        <translation>(no usar)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="372"/>
        <source>Column {letter}: {header}</source>
        <translation>Columna {letter}: {header}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="394"/>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="399"/>
        <source>&amp;Skip bad rows (import only the rows without errors)</source>
        <translation>&amp;Omitir filas con errores (importar solo las filas correctas)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="404"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="407"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="444"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="444"/>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="467"/>
        <source>{rows} rows · ready to import: {good} · with errors (marked ⚠): {bad} · repeated (imported once): {repeated}</source>
        <translation>{rows} filas · listas para importar: {good} · con errores (marcadas con ⚠): {bad} · repetidas (se importan una vez): {repeated}</translation>
    </message>
</context>
<context>
    <name>LabFooter</name>
    <message>
        <location filename="../labs/widgets.py" line="165"/>
        <source>&amp;Finish lab</source>
        <translation>&amp;Terminar la práctica</translation>
    </message>
    <message>
        <location filename="../labs/widgets.py" line="166"/>
        <source>Finish lab</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <location filename="../labs/widgets.py" line="180"/>
        <source>Lab completed. Score: {score}.</source>
        <translation>Práctica terminada. Puntaje: {score}.</translation>
    </message>
</context>
<context>
    <name>LabScreen</name>
    <message>
        <location filename="../screens/lab.py" line="21"/>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <location filename="../screens/lab.py" line="20"/>
        <source>About {minutes} min · works with no internet</source>
        <translation>Unos {minutes} min · funciona sin internet</translation>
    </message>
</context>
<context>
    <name>LandedCostScreen</name>
    <message>
        <location filename="../labs/landed_cost.py" line="46"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="47"/>
        <source>&amp;1. Landed cost</source>
        <translation>&amp;1. Costo puesto en destino</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="48"/>
        <source>&amp;2. Who pays what, and risk</source>
        <translation>&amp;2. Quién paga qué y el riesgo</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="49"/>
        <source>&amp;3. US de minimis</source>
        <translation>&amp;3. De minimis de EE. UU.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="71"/>
        <source>The shipment</source>
        <translation>El envío</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="76"/>
        <source>F&amp;OB value of the goods (US$):</source>
        <translation>Valor &amp;FOB de la mercancía (US$):</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="76"/>
        <source>F&amp;reight (US$):</source>
        <translation>F&amp;lete (US$):</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="77"/>
        <source>&amp;Insurance (US$):</source>
        <translation>&amp;Seguro (US$):</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="77"/>
        <source>&amp;Duty rate (%):</source>
        <translation>Tasa del &amp;arancel (%):</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="80"/>
        <source>FOB value in US dollars</source>
        <translation>Valor FOB en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="80"/>
        <source>Freight in US dollars</source>
        <translation>Flete en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="81"/>
        <source>Insurance in US dollars</source>
        <translation>Seguro en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="81"/>
        <source>Duty rate in percent</source>
        <translation>Tasa del arancel en porcentaje</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="93"/>
        <source>Problem with this field</source>
        <translation>Problema con este campo</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="101"/>
        <source>Incoterms 2020 rule</source>
        <translation>Regla Incoterms 2020</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="105"/>
        <source>Inco&amp;terms 2020 rule:</source>
        <translation>Regla &amp;Incoterms 2020:</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="109"/>
        <source>Customs value basis</source>
        <translation>Base del valor en aduana</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="112"/>
        <source>Customs &amp;value basis:</source>
        <translation>&amp;Base del valor en aduana:</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="116"/>
        <source>CAFTA-DR &amp;preference (originating goods)</source>
        <translation>&amp;Preferencia CAFTA-DR (mercancía originaria)</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="136"/>
        <source>Line</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="136"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="136"/>
        <location filename="../labs/landed_cost.py" line="165"/>
        <source>Paid by</source>
        <translation>Lo paga</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="137"/>
        <source>Landed cost</source>
        <translation>Costo puesto en destino</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="141"/>
        <source>Duty with and without the preference</source>
        <translation>Arancel con y sin la preferencia</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="144"/>
        <source>About this model</source>
        <translation>Sobre este modelo</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="162"/>
        <source>Where risk passes</source>
        <translation>Dónde se transmite el riesgo</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="165"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="165"/>
        <source>Who pays what</source>
        <translation>Quién paga qué</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="177"/>
        <source>United States de minimis: duty-free low-value shipments</source>
        <translation>De minimis de Estados Unidos: envíos de bajo valor libres de aranceles</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="183"/>
        <source>Shipment value in US dollars</source>
        <translation>Valor del envío en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="185"/>
        <source>Shipment v&amp;alue (US$):</source>
        <translation>&amp;Valor del envío (US$):</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="192"/>
        <source>Date of entry into the United States</source>
        <translation>Fecha de entrada a Estados Unidos</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="193"/>
        <source>Date of &amp;entry:</source>
        <translation>Fecha de &amp;entrada:</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="200"/>
        <source>De minimis result</source>
        <translation>Resultado de minimis</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="228"/>
        <source>Landed cost under {rule}</source>
        <translation>Costo puesto en destino con {rule}</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="241"/>
        <source>Correct the marked field on the left to see the landed cost.</source>
        <translation>Corrija el campo marcado a la izquierda para ver el costo puesto en destino.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="256"/>
        <source>Risk passes from seller to buyer: {when}</source>
        <translation>El riesgo pasa del vendedor al comprador: {when}</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="258"/>
        <source>risk passes here</source>
        <translation>aquí pasa el riesgo</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="268"/>
        <source>Who pays what under {code}</source>
        <translation>Quién paga qué en {code}</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="276"/>
        <source>The rule changes who pays each line, not the total.</source>
        <translation>La regla cambia quién paga cada línea, no el total.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="279"/>
        <source>Total landed cost</source>
        <translation>Costo total puesto en destino</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="283"/>
        <source>Customs value ({basis} basis): {value}</source>
        <translation>Valor en aduana (base {basis}): {value}</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="287"/>
        <source>Duty at {rate} without the preference: {mfn}. With the CAFTA-DR preference: {preferential}. Saving: {saving}. Applied here: {applied}.</source>
        <translation>Arancel del {rate} sin la preferencia: {mfn}. Con la preferencia CAFTA-DR: {preferential}. Ahorro: {saving}. Aplicado aquí: {applied}.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="291"/>
        <source>with the preference</source>
        <translation>con la preferencia</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="291"/>
        <source>without the preference</source>
        <translation>sin la preferencia</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="292"/>
        <source>The seller pays {seller} of these costs and the buyer {buyer}; the seller recovers its share in the price.</source>
        <translation>El vendedor paga {seller} de estos costos y el comprador {buyer}; el vendedor recupera su parte en el precio.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="309"/>
        <source>Enters duty-free under de minimis (up to {threshold}).</source>
        <translation>Entra libre de aranceles por de minimis (hasta {threshold}).</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="311"/>
        <source>Pays duty: the value is above the {threshold} threshold.</source>
        <translation>Paga aranceles: el valor supera el umbral de {threshold}.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="313"/>
        <source>Pays duty: no de minimis applies on that date, whatever the value.</source>
        <translation>Paga aranceles: en esa fecha no se aplica ningún de minimis, sea cual sea el valor.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="317"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="323"/>
        <source>Correct the marked field to continue.</source>
        <translation>Corrija el campo marcado para continuar.</translation>
    </message>
    <message>
        <location filename="../labs/landed_cost.py" line="325"/>
        <source>Try several Incoterms and the preference, then finish the lab.</source>
        <translation>Pruebe varios Incoterms y la preferencia; luego termine la práctica.</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../screens/lesson.py" line="60"/>
        <source>&lt;b&gt;Lessons in this module&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones de este módulo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="62"/>
        <source>Lessons in this module</source>
        <translation>Lecciones de este módulo</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="65"/>
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contenido&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="67"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="79"/>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="83"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="84"/>
        <source>Previous lesson (Ctrl+Page Up)</source>
        <translation>Lección anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="89"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="90"/>
        <source>Next lesson (Ctrl+Page Down)</source>
        <translation>Lección siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="142"/>
        <location filename="../screens/lesson.py" line="200"/>
        <source>✓ Done</source>
        <translation>✓ Terminada</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="142"/>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como terminada</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="143"/>
        <source>Mark this lesson as done (Ctrl+D)</source>
        <translation>Marcar esta lección como terminada (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="209"/>
        <source>✗ Not saved: mark as done again</source>
        <translation>✗ No se guardó: márquela como terminada otra vez</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="213"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="213"/>
        <source>Not saved yet — will retry</source>
        <translation>Todavía no se guardó; se volverá a intentar</translation>
    </message>
</context>
<context>
    <name>LinkPreview</name>
    <message>
        <location filename="../labs/spot_the_scam.py" line="47"/>
        <source>Real destination: {url}</source>
        <translation>Destino real: {url}</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="49"/>
        <source>Link: {text}</source>
        <translation>Enlace: {text}</translation>
    </message>
</context>
<context>
    <name>LogoFile</name>
    <message>
        <location filename="../organization.py" line="43"/>
        <source>Choose the organization&apos;s logo</source>
        <translation>Elegir el logotipo de la organización</translation>
    </message>
    <message>
        <location filename="../organization.py" line="44"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="38"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../backups.py" line="126"/>
        <location filename="../main_window.py" line="150"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>Saved {count} answer(s) or lesson(s) that could not be saved last time.</source>
        <translation>Se guardaron {count} respuesta(s) o lección(es) que no se pudieron guardar la vez anterior.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>{count} could not be saved: their course or quiz is no longer here.</source>
        <translation>{count} no se pudieron guardar: su curso o cuestionario ya no está en esta computadora.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>The database could not be opened:
{error}</source>
        <translation>No se pudo abrir la base de datos:
{error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>Switch &amp;profile…</source>
        <translation>Cambiar de &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Save my progress to a USB stick…</source>
        <translation>&amp;Guardar mi progreso en una memoria USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>Prepare this laptop for a &amp;workshop…</source>
        <translation>Preparar esta computadora para un &amp;taller…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Course &amp;home</source>
        <translation>&amp;Inicio del curso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>&amp;My progress</source>
        <translation>&amp;Mi progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186"/>
        <source>All &amp;courses</source>
        <translation>&amp;Todos los cursos</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>&amp;Trainer</source>
        <translation>&amp;Capacitador</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>Trainer &amp;console…</source>
        <translation>&amp;Consola del capacitador…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Set &amp;up the organization on this laptop…</source>
        <translation>Configurar la &amp;organización en esta computadora…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Verificar un certificado…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209"/>
        <source>&amp;About Trainer</source>
        <translation>&amp;Acerca de Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="386"/>
        <source>Trainer console</source>
        <translation>Consola del capacitador</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>Offline courseware for e-commerce training in Latin America and the Caribbean. Works with no internet connection.</source>
        <translation>Material de capacitación en comercio electrónico para América Latina y el Caribe. Funciona sin conexión a internet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="475"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="475"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="478"/>
        <source>The fonts&apos; licence in full: {file}</source>
        <translation>La licencia completa de las tipografías: {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="481"/>
        <source>About Trainer</source>
        <translation>Acerca de Trainer</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <location filename="../console/bundles.py" line="680"/>
        <source>Merge two profiles of one person</source>
        <translation>Fusionar dos perfiles de una persona</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="684"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="685"/>
        <source>&amp;Merge into one person</source>
        <translation>&amp;Fusionar en una sola persona</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="690"/>
        <source>Profile to keep</source>
        <translation>Perfil que se conserva</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="691"/>
        <source>Same person, merged into it</source>
        <translation>La misma persona, que se fusiona en él</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="699"/>
        <source>Profile to &amp;keep:</source>
        <translation>Perfil que se &amp;conserva:</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="700"/>
        <source>&amp;Same person, merged into it:</source>
        <translation>La &amp;misma persona, que se fusiona en él:</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="702"/>
        <source>Use this when one person was registered twice, for example on two laptops. Check the organization and e-mail to be sure it is the same person.</source>
        <translation>Use esto cuando una persona quedó registrada dos veces, por ejemplo en dos computadoras. Revise la organización y el correo para asegurarse de que es la misma persona.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="723"/>
        <source>Choose two different profiles.</source>
        <translation>Elija dos perfiles distintos.</translation>
    </message>
    <message>
        <location filename="../console/bundles.py" line="727"/>
        <source>Everything recorded for “{other}” (lessons, quizzes, attendance, certificates) moves to “{keep}”, on this laptop and on every laptop that receives this decision in a USB file. It cannot be undone.</source>
        <translation>Todo lo registrado para «{other}» (lecciones, evaluaciones, asistencia, certificados) pasa a «{keep}», en esta computadora y en cada computadora que reciba esta decisión en un archivo USB. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../organization.py" line="277"/>
        <source>Name the organization on the certificates</source>
        <translation>Nombre de la organización en los certificados</translation>
    </message>
    <message>
        <location filename="../organization.py" line="279"/>
        <source>Certificates state the organization that issues them, and nobody has named it on this laptop yet: they would say “{default}”, the name of the app. Type the organization&apos;s name as it must be printed.</source>
        <translation>Los certificados indican la organización que los emite, y nadie le ha puesto nombre en esta computadora: dirían «{default}», el nombre de la aplicación. Escriba el nombre de la organización tal como debe imprimirse.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="284"/>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../organization.py" line="285"/>
        <source>e.g. Cámara de Comercio de Sololá</source>
        <translation>p. ej., Cámara de Comercio de Sololá</translation>
    </message>
    <message>
        <location filename="../organization.py" line="288"/>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../organization.py" line="290"/>
        <source>No lo&amp;go</source>
        <translation>Sin lo&amp;gotipo</translation>
    </message>
    <message>
        <location filename="../organization.py" line="297"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="298"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="300"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../organization.py" line="301"/>
        <source>&amp;Save and continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <location filename="../organization.py" line="317"/>
        <location filename="../organization.py" line="330"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../organization.py" line="318"/>
        <source>(the Trainer app&apos;s logo)</source>
        <translation>(el logotipo de la aplicación Trainer)</translation>
    </message>
</context>
<context>
    <name>PaperSection</name>
    <message>
        <location filename="../console/paper.py" line="157"/>
        <location filename="../console/paper.py" line="278"/>
        <source>Paper mode</source>
        <translation>Modo papel</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="163"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="169"/>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="170"/>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lección:</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="169"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="171"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="180"/>
        <source>Lesson &amp;handout (PDF)</source>
        <translation>Material de la lección (P&amp;DF)</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="181"/>
        <source>&amp;Quiz sheet (PDF)</source>
        <translation>Hoja de e&amp;valuación (PDF)</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="182"/>
        <source>&amp;Answer key (PDF)</source>
        <translation>Clave de respues&amp;tas (PDF)</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="183"/>
        <source>&amp;Score sheet (CSV)</source>
        <translation>Planilla de re&amp;sultados (CSV)</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="196"/>
        <source>Type paper scores</source>
        <translation>Ingresar resultados en papel</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="197"/>
        <source>Answers as &amp;written (A, B, V/F, numbers, words)</source>
        <translation>Respuestas escritas (A, B, V/F, números, pala&amp;bras)</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="198"/>
        <source>Right (1) or wrong (&amp;0)</source>
        <translation>Correcta (1) o incorrecta (&amp;0)</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="208"/>
        <source>Paper scores: one row per person, one column per question</source>
        <translation>Resultados en papel: una fila por persona, una columna por pregunta</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="222"/>
        <source>Type what each person answered and press Tab for the next question; type - for a question left blank. Tab goes on to the next person once the row is complete. Leave a row empty for someone who did not take the quiz. Delete clears the selected cells.</source>
        <translation>Escriba lo que respondió cada persona y pulse Tab para pasar a la siguiente pregunta; escriba - si dejó una pregunta en blanco. Tab pasa a la siguiente persona cuando la fila está completa. Deje vacía la fila de quien no hizo la evaluación. Supr borra las celdas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="227"/>
        <source>The current person&apos;s row</source>
        <translation>La fila de la persona actual</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="228"/>
        <source>&amp;Check</source>
        <translation>Compr&amp;obar</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="229"/>
        <source>R&amp;ecord scores</source>
        <translation>Re&amp;gistrar resultados</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="233"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="280"/>
        <source>Paper mode: {workshop}</source>
        <translation>Modo papel: {workshop}</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="289"/>
        <source>The course of this workshop ({course}) is not installed on this laptop.</source>
        <translation>El curso de este taller ({course}) no está instalado en esta computadora.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="321"/>
        <source>The whole module</source>
        <translation>Todo el módulo</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="351"/>
        <source>⚠ {name}&apos;s row is not complete: question(s) {numbers} still empty. Type - for a question left blank, or clear the whole row if {name} did not take the quiz.</source>
        <translation>⚠ La fila de {name} no está completa: faltan la(s) pregunta(s) {numbers}. Escriba - si dejó una pregunta en blanco, o borre toda la fila si {name} no hizo la evaluación.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="355"/>
        <source>{name}: nothing typed (an empty row means {name} did not take the quiz).</source>
        <translation>{name}: nada escrito (una fila vacía significa que {name} no hizo la evaluación).</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="358"/>
        <source>{name}: {typed} of {count} typed; still empty: {numbers}.</source>
        <translation>{name}: {typed} de {count} escritas; faltan: {numbers}.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="361"/>
        <source>✓ {name}: all {count} questions typed.</source>
        <translation>✓ {name}: las {count} preguntas están escritas.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="378"/>
        <source>Writing the {what}…</source>
        <translation>Escribiendo: {what}…</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="404"/>
        <source>handout</source>
        <translation>material</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="416"/>
        <source>answer key</source>
        <translation>clave de respuestas</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="416"/>
        <source>quiz sheet</source>
        <translation>hoja de evaluación</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="426"/>
        <source>score sheet</source>
        <translation>planilla de resultados</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="478"/>
        <source>{name}, question {number}</source>
        <translation>{name}, pregunta {number}</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="481"/>
        <source>Grid</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="488"/>
        <source>{count} problem(s): nothing was recorded. Correct the cells marked ⚠ and try again.</source>
        <translation>{count} problema(s): no se registró nada. Corrija las celdas marcadas con ⚠ e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="491"/>
        <source>✓ No problems: {count} result(s) ready to record.</source>
        <translation>✓ Sin problemas: {count} resultado(s) listo(s) para registrar.</translation>
    </message>
    <message>
        <location filename="../console/paper.py" line="511"/>
        <source>✓ {count} paper result(s) recorded; {passed} passed.</source>
        <translation>✓ Se registraron {count} resultado(s) en papel; {passed} aprobado(s).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../console/certificates.py" line="87"/>
        <location filename="../console/certificates.py" line="101"/>
        <source>Passphrase of the organization&apos;s key</source>
        <translation>Frase de contraseña de la clave de la organización</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="104"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="106"/>
        <source>The passphrase is not kept: it is asked for each time certificates are signed.</source>
        <translation>La frase de contraseña no se guarda: se pide cada vez que se firman certificados.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../console/common.py" line="228"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="228"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="228"/>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="229"/>
        <location filename="../console/common.py" line="237"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="236"/>
        <source>Not stated</source>
        <translation>No indica</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="236"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="236"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="246"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="246"/>
        <source>Or&amp;ganization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="247"/>
        <source>Sec&amp;tor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="247"/>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="248"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="248"/>
        <source>E-&amp;mail</source>
        <translation>&amp;Correo</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../screens/profiles.py" line="345"/>
        <location filename="../screens/profiles.py" line="362"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="354"/>
        <source>Trainer or organizer</source>
        <translation>Capacitador u organizador</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="357"/>
        <source>&amp;Who are you?</source>
        <translation>¿&amp;Quién es usted?</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="378"/>
        <location filename="../screens/profiles.py" line="473"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="379"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="394"/>
        <source>&amp;PIN for {name}:</source>
        <translation>&amp;PIN de {name}:</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="395"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="419"/>
        <source>Too many wrong PINs. Wait {time} before trying again.</source>
        <translation>Demasiados PIN equivocados. Espere {time} antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="462"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="490"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>PrepareLaptop</name>
    <message>
        <location filename="../usb.py" line="240"/>
        <source>Prepare this laptop for a workshop</source>
        <translation>Preparar esta computadora para un taller</translation>
    </message>
    <message>
        <location filename="../usb.py" line="253"/>
        <source>This laptop has trainers or organizers: one of them confirms, with their PIN, that it takes a workshop file.</source>
        <translation>Esta computadora tiene capacitadores u organizadores: uno de ellos confirma con su PIN que acepte un archivo de taller.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="265"/>
        <source>Choose the workshop file from the trainer</source>
        <translation>Elija el archivo del taller que le dio el capacitador</translation>
    </message>
    <message>
        <location filename="../usb.py" line="271"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location filename="../usb.py" line="279"/>
        <source>⚠ {file} is not a workshop file: it holds {what}.

Ask the trainer for the file made with “Prepare laptops for this workshop…”.</source>
        <translation>⚠ {file} no es un archivo de taller: contiene {what}.

Pida al capacitador el archivo creado con «Preparar las computadoras para este taller…».</translation>
    </message>
    <message>
        <location filename="../usb.py" line="287"/>
        <source>✓ This laptop already has everything in {file}: {what}.</source>
        <translation>✓ Esta computadora ya tiene todo lo que contiene {file}: {what}.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="290"/>
        <source>{what}
From the trainer&apos;s laptop “{device}”, made on {created}.

It adds to this laptop:
{lines}</source>
        <translation>{what}
De la computadora del capacitador «{device}», creado el {created}.

Agrega a esta computadora:
{lines}</translation>
    </message>
    <message>
        <location filename="../usb.py" line="296"/>
        <source>Import it?</source>
        <translation>¿Desea importarlo?</translation>
    </message>
    <message>
        <location filename="../usb.py" line="298"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../usb.py" line="299"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../usb.py" line="307"/>
        <source>It holds: {what}, made on {created}.</source>
        <translation>Contiene: {what}, hecho el {created}.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="311"/>
        <source>Does the trainer&apos;s laptop show these same 16 digits? (Trainer console ▸ USB sticks ▸ This laptop&apos;s fingerprint)</source>
        <translation>¿La computadora del capacitador muestra estos mismos 16 dígitos? (Consola del capacitador ▸ Memorias USB ▸ Huella de esta computadora)</translation>
    </message>
    <message>
        <location filename="../usb.py" line="334"/>
        <source>⚠ Nothing was imported: this laptop was not changed.

If the digits differ, the file may not come from the trainer&apos;s laptop. Ask the trainer to make the file again, and compare the digits once more.</source>
        <translation>⚠ No se importó nada: esta computadora no se modificó.

Si los dígitos son distintos, puede que el archivo no venga de la computadora del capacitador. Pídale al capacitador que vuelva a hacer el archivo y compare los dígitos otra vez.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="342"/>
        <source>⚠ The course of this workshop ({course}) is not installed on this laptop yet: the roster can be imported, but install the course before the workshop starts.</source>
        <translation>⚠ El curso de este taller ({course}) todavía no está instalado en esta computadora: puede importar la lista de participantes, pero instale el curso antes de que empiece el taller.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="346"/>
        <source>Note: the trainer uses version {wanted} of the course; this laptop has version {here}.</source>
        <translation>Nota: el capacitador usa la versión {wanted} del curso; esta computadora tiene la versión {here}.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="328"/>
        <location filename="../usb.py" line="354"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location filename="../usb.py" line="365"/>
        <source>✓ This laptop is ready. {what}: {count} people on the roster.

Each participant can now choose their own name on the start screen.</source>
        <translation>✓ Esta computadora está lista. {what}: {count} personas en la lista.

Ahora cada participante puede elegir su nombre en la pantalla de inicio.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="378"/>
        <source>⚠ This laptop was not changed: {error}</source>
        <translation>⚠ No se modificó esta computadora: {error}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../screens/presentation.py" line="36"/>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <location filename="../screens/presentation.py" line="69"/>
        <source>{n} / {total}   ← → to move, Esc to leave</source>
        <translation>{n} / {total}   ← → para avanzar, Esc para salir</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../screens/profiles.py" line="513"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="519"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="519"/>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="520"/>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="520"/>
        <location filename="../screens/profiles.py" line="529"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="524"/>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="528"/>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="528"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="529"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="534"/>
        <source>optional, 4 to 8 digits</source>
        <translation>opcional, de 4 a 8 dígitos</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="537"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="537"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="538"/>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="538"/>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="539"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="539"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="540"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="540"/>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="546"/>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="547"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="568"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../screens/profiles.py" line="107"/>
        <source>Who is learning?</source>
        <translation>¿Quién va a estudiar?</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="108"/>
        <source>Choose your profile, or create one if this is your first time.</source>
        <translation>Elija su perfil o cree uno si es la primera vez.</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="109"/>
        <source>Trainers: this laptop has no trainer or organizer yet. Set up your organization first with Trainer ▸ Set up the organization on this laptop…</source>
        <translation>Capacitadores: esta computadora todavía no tiene capacitador ni organizador. Primero configure su organización en Capacitador ▸ Configurar la organización en esta computadora…</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="115"/>
        <source>Search by name or organization</source>
        <translation>Buscar por nombre u organización</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="116"/>
        <source>Search profiles</source>
        <translation>Buscar perfiles</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="125"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="136"/>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="139"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="198"/>
        <source>Loading the profiles…</source>
        <translation>Cargando los perfiles…</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="200"/>
        <source>No profile matches “{search}”.</source>
        <translation>Ningún perfil coincide con «{search}».</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="122"/>
        <source>(PIN)</source>
        <translation>(PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../operations.py" line="104"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../operations.py" line="129"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../screens/progress.py" line="69"/>
        <source>My progress: {name}</source>
        <translation>Mi progreso: {name}</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="75"/>
        <source>{done} of {total} lessons done</source>
        <translation>{done} de {total} lecciones terminadas</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="77"/>
        <source>{passed} of {modules} module quizzes passed</source>
        <translation>{passed} de {modules} evaluaciones de módulo aprobadas</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="80"/>
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="79"/>
        <source>✓ Course complete</source>
        <translation>✓ Curso completo</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="84"/>
        <source>Each module counts the same and is complete once its quiz is passed; until then its lessons read count toward it.</source>
        <translation>Todos los módulos pesan lo mismo y cada uno se completa al aprobar su evaluación; mientras tanto, cuentan las lecciones que haya leído.</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="89"/>
        <source>&lt;b&gt;Module&lt;/b&gt;</source>
        <translation>&lt;b&gt;Módulo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="90"/>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="91"/>
        <source>&lt;b&gt;Quiz (best score)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluación (mejor nota)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="92"/>
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="93"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="93"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="93"/>
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="104"/>
        <source>not taken</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="112"/>
        <source>My certificates</source>
        <translation>Mis certificados</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="121"/>
        <source>No certificate yet. Pass every module quiz and your trainer can issue one.</source>
        <translation>Todavía no tiene certificados. Apruebe la evaluación de cada módulo y su capacitador podrá emitirle uno.</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="124"/>
        <source>Completion</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="124"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="128"/>
        <source>{kind}: {course} · {hours} h · {date} · code {code}</source>
        <translation>{kind}: {course} · {hours} h · {date} · código {code}</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="132"/>
        <source>{line} — revoked: {reason}</source>
        <translation>{line} — revocado: {reason}</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../screens/quiz.py" line="41"/>
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="50"/>
        <source>Tick all that apply.</source>
        <translation>Marque todas las que correspondan.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="61"/>
        <location filename="../screens/quiz.py" line="204"/>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="61"/>
        <location filename="../screens/quiz.py" line="204"/>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="70"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="71"/>
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="71"/>
        <source>Type your answer</source>
        <translation>Escriba su respuesta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="174"/>
        <source>✓ Correct.</source>
        <translation>✓ Correcta.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="176"/>
        <source>◐ Partly right ({score} %).</source>
        <translation>◐ Parcialmente correcta ({score} %).</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="178"/>
        <source>✗ Not right.</source>
        <translation>✗ Incorrecta.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="181"/>
        <source>Right answers:</source>
        <translation>Respuestas correctas:</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="184"/>
        <source>Right answer: {answer}</source>
        <translation>Respuesta correcta: {answer}</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="160"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="162"/>
        <source>⚠ Not saved yet — will retry. Your answer stays here.</source>
        <translation>⚠ Todavía no se guardó; se volverá a intentar. Su respuesta se queda aquí.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="164"/>
        <source>✓ Saved</source>
        <translation>✓ Guardada</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="166"/>
        <source>✗ Not saved: {reason}</source>
        <translation>✗ No se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="255"/>
        <source>{count} questions · you pass with {mark} · about {minutes} min</source>
        <translation>{count} preguntas · se aprueba con {mark} · unos {minutes} min</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="261"/>
        <source>&lt;b&gt;Your attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sus intentos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="263"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="263"/>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="263"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="264"/>
        <source>Your attempts</source>
        <translation>Sus intentos</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="270"/>
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="270"/>
        <source>✗ Not passed</source>
        <translation>✗ No aprobado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="275"/>
        <source>How do you want to take it?</source>
        <translation>¿Cómo quiere hacerla?</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="277"/>
        <source>&amp;One question at a time</source>
        <translation>&amp;Una pregunta a la vez</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="278"/>
        <source>&amp;All questions on one page</source>
        <translation>&amp;Todas las preguntas en una página</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="283"/>
        <source>See if I am right &amp;after each question</source>
        <translation>Ver si acerté &amp;después de cada pregunta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="284"/>
        <source>See the results at the &amp;end</source>
        <translation>Ver los resultados al &amp;final</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="294"/>
        <source>&amp;Resume where you stopped</source>
        <translation>&amp;Retomar donde se quedó</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="298"/>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Empezar la evaluación</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="298"/>
        <location filename="../screens/quiz.py" line="583"/>
        <source>&amp;Retake the quiz</source>
        <translation>&amp;Volver a hacer la evaluación</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="304"/>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="382"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="384"/>
        <source>&amp;Check answer</source>
        <translation>&amp;Revisar respuesta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="386"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="388"/>
        <source>&amp;Finish and see my score</source>
        <translation>&amp;Terminar y ver mi nota</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="523"/>
        <source>Finish the quiz?</source>
        <translation>¿Terminar la evaluación?</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="524"/>
        <source>{count} question(s) have no answer and will count as wrong. Finish anyway?</source>
        <translation>{count} pregunta(s) sin responder contarán como incorrectas. ¿Terminar de todos modos?</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="561"/>
        <source>✓ Passed: {score} (you needed {mark})</source>
        <translation>✓ Aprobado: {score} (necesitaba {mark})</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="562"/>
        <source>✗ Not passed yet: {score} (you need {mark})</source>
        <translation>✗ Aún no aprobado: {score} (necesita {mark})</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="566"/>
        <source>Read the explanations below, review the lessons, and take the quiz again.</source>
        <translation>Lea las explicaciones de abajo, repase las lecciones y vuelva a hacer la evaluación.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="585"/>
        <source>Back to the &amp;course</source>
        <translation>Volver al &amp;curso</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="245"/>
        <source>Saving your earlier answers… The database is busy; this page opens as soon as they are written.</source>
        <translation>Guardando sus respuestas anteriores… La base de datos está ocupada; esta página se abrirá en cuanto queden guardadas.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="466"/>
        <source>⚠ Some answers are not saved yet: the database is busy (another program is writing) or the disk is full. They stay on screen and Trainer keeps trying to save them.</source>
        <translation>⚠ Algunas respuestas todavía no se guardaron: la base de datos está ocupada (otro programa está escribiendo) o el disco está lleno. Siguen en pantalla y Trainer sigue intentando guardarlas.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="469"/>
        <source>✗ Some answers could not be saved. Look at the questions marked ✗.</source>
        <translation>✗ Algunas respuestas no se pudieron guardar. Revise las preguntas marcadas con ✗.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="471"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="473"/>
        <location filename="../screens/quiz.py" line="476"/>
        <source>✓ All answers saved.</source>
        <translation>✓ Todas las respuestas están guardadas.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="477"/>
        <source>Saving your answers before computing the score…</source>
        <translation>Guardando sus respuestas antes de calcular la nota…</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="554"/>
        <source>The quiz could not be finished</source>
        <translation>No se pudo terminar la evaluación</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <location filename="../console/certificates.py" line="196"/>
        <source>Certificates already handed out would change</source>
        <translation>Cambiarían certificados ya entregados</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="198"/>
        <source>Issuing again would change what {count} certificate(s) already handed out state. Each would be revoked (checking it would then say it was replaced by a corrected one) and a new certificate with a new code would be issued:</source>
        <translation>Emitir de nuevo cambiaría lo que dicen {count} certificado(s) ya entregado(s). Cada uno se revocaría (al verificarlo diría que fue reemplazado por uno corregido) y se emitiría un certificado nuevo con un código nuevo:</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="203"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="203"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="203"/>
        <location filename="../console/certificates.py" line="208"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="214"/>
        <source>Replace these certificates?</source>
        <translation>¿Reemplazar estos certificados?</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="218"/>
        <source>If you answer No, nothing is issued: every certificate handed out stays valid as it is.</source>
        <translation>Si responde No, no se emite nada: todos los certificados entregados siguen siendo válidos tal como están.</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="220"/>
        <source>&amp;Yes, replace them</source>
        <translation>&amp;Sí, reemplazarlos</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="221"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../console/reports.py" line="54"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="54"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="54"/>
        <source>Funder summary</source>
        <translation>Resumen para el financiador</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="58"/>
        <source>One &amp;workshop:</source>
        <translation>&amp;Un taller:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="59"/>
        <source>All workshops with sessions &amp;between:</source>
        <translation>Todos los talleres con sesiones en&amp;tre:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="66"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="69"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="69"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="79"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="84"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="103"/>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="103"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="104"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="104"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="109"/>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="117"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="158"/>
        <source>Each person&apos;s mark at each session, hours attended and the attendance rate.</source>
        <translation>La asistencia de cada persona en cada sesión, las horas asistidas y el porcentaje de asistencia.</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="159"/>
        <source>Each person&apos;s lessons, quiz scores and modules passed.</source>
        <translation>Las lecciones, las notas de las evaluaciones y los módulos aprobados de cada persona.</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="160"/>
        <source>The counts a funder asks for: people trained by country, sector and sex, hours, completions and certificates.</source>
        <translation>Las cifras que pide un financiador: personas capacitadas por país, sector y sexo, horas, cursos completados y certificados.</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="177"/>
        <source>Choose a workshop (or, for the funder summary, a date range).</source>
        <translation>Elija un taller (o, para el resumen para el financiador, un rango de fechas).</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="185"/>
        <source>The course of this workshop ({course}) is not installed on this laptop.</source>
        <translation>El curso de este taller ({course}) no está instalado en esta computadora.</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="189"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="191"/>
        <source>Building the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="191"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../console/reports.py" line="199"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../backups.py" line="86"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../backups.py" line="89"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../backups.py" line="89"/>
        <source>before a change or by hand</source>
        <translation>antes de un cambio o manual</translation>
    </message>
    <message>
        <location filename="../backups.py" line="91"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../backups.py" line="91"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../backups.py" line="91"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../backups.py" line="103"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../console/certificates.py" line="142"/>
        <source>Revoke {code}</source>
        <translation>Revocar {code}</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="144"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="145"/>
        <source>e.g. issued by mistake: the person did not attend</source>
        <translation>p. ej., emitido por error: la persona no asistió</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="146"/>
        <source>&amp;Why is it revoked?</source>
        <translation>¿&amp;Por qué se revoca?</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="149"/>
        <source>&amp;Passphrase of the organization&apos;s key (not kept):</source>
        <translation>&amp;Frase de contraseña de la clave de la organización (no se guarda):</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="153"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <location filename="../console/certificates.py" line="160"/>
        <source>Certificate {code} of {name} will no longer be valid. The reason is recorded and shown to whoever checks the certificate.</source>
        <translation>El certificado {code} de {name} dejará de ser válido. El motivo queda registrado y se muestra a quien verifique el certificado.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../console/roster.py" line="533"/>
        <source>Role of {name}</source>
        <translation>Rol de {name}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="536"/>
        <source>Trainer</source>
        <translation>Capacitador(a)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="536"/>
        <source>Organizer</source>
        <translation>Organizador(a)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="537"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="539"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="542"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="542"/>
        <source>6 to 8 digits</source>
        <translation>de 6 a 8 dígitos</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="543"/>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="545"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="546"/>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN nuevo:</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="547"/>
        <source>New PIN a&amp;gain:</source>
        <translation>PIN nuevo &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="551"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="552"/>
        <source>&amp;Save role</source>
        <translation>&amp;Guardar rol</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="575"/>
        <source>{name} will open the trainer console with this PIN; tell it to them in private.</source>
        <translation>{name} abrirá la consola del capacitador con este PIN; dígaselo en privado.</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="576"/>
        <source>{name} will no longer open the trainer console.</source>
        <translation>{name} ya no podrá abrir la consola del capacitador.</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="585"/>
        <source>The PIN must have 6 to 8 digits.</source>
        <translation>El PIN debe tener de 6 a 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="588"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>RosterSection</name>
    <message>
        <location filename="../console/roster.py" line="83"/>
        <location filename="../console/roster.py" line="171"/>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="86"/>
        <source>Name, organization or e-mail</source>
        <translation>Nombre, organización o correo</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="87"/>
        <source>Search the roster</source>
        <translation>Buscar en la lista de participantes</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="90"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="92"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="92"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="92"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="92"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="93"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="93"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="93"/>
        <source>Role here</source>
        <translation>Rol aquí</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="96"/>
        <source>People enrolled</source>
        <translation>Personas inscritas</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="103"/>
        <source>Quick add: type, press Enter, type the next person</source>
        <translation>Registro rápido: escriba, pulse Enter y escriba a la siguiente persona</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="106"/>
        <source>A&amp;dd</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="118"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="122"/>
        <source>Ma&amp;ke trainer…</source>
        <translation>Nombrar capaci&amp;tador…</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="123"/>
        <source>Make the chosen person a trainer or organizer of this laptop (or a participant again)</source>
        <translation>Nombra a la persona elegida capacitador u organizador de esta computadora (o la vuelve participante)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="129"/>
        <source>&amp;Import spreadsheet (CSV, XLSX)…</source>
        <translation>&amp;Importar hoja de cálculo (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="173"/>
        <source>Create a workshop first (section Workshops).</source>
        <translation>Primero cree un taller (sección Talleres).</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="175"/>
        <source>Roster: {workshop}</source>
        <translation>Participantes: {workshop}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="191"/>
        <source>Loading the roster…</source>
        <translation>Cargando la lista de participantes…</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="214"/>
        <source>People enrolled: {count} · matching the search: {shown}</source>
        <translation>Personas inscritas: {count} · coinciden con la búsqueda: {shown}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="218"/>
        <source>People enrolled: {count}</source>
        <translation>Personas inscritas: {count}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="222"/>
        <source>Trainer</source>
        <translation>Capacitador(a)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="222"/>
        <source>Organizer</source>
        <translation>Organizador(a)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="243"/>
        <source>{name}: not saved yet</source>
        <translation>{name}: todavía sin guardar</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="248"/>
        <source>✓ {name} added</source>
        <translation>✓ Se agregó a {name}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="248"/>
        <source>✓ {name} was already known: enrolled</source>
        <translation>✓ {name} ya estaba registrado: quedó inscrito</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="255"/>
        <source>{name} was not added: {why}</source>
        <translation>{name} no se agregó: {why}</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="289"/>
        <source>Saving the role of {name}…</source>
        <translation>Guardando el rol de {name}…</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="294"/>
        <source>✓ {name} is now a trainer on this laptop: they open the console with their new PIN.</source>
        <translation>✓ {name} ahora es capacitador(a) en esta computadora: abre la consola con su PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="296"/>
        <source>✓ {name} is now an organizer on this laptop: they open the console with their new PIN.</source>
        <translation>✓ {name} ahora es organizador(a) en esta computadora: abre la consola con su PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="298"/>
        <source>✓ {name} is a participant again: they can no longer open the console.</source>
        <translation>✓ {name} vuelve a ser participante: ya no puede abrir la consola.</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="315"/>
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="315"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../console/roster.py" line="323"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
</context>
<context>
    <name>SamePersonDialog</name>
    <message>
        <location filename="../screens/profiles.py" line="637"/>
        <location filename="../screens/profiles.py" line="640"/>
        <source>Is this you?</source>
        <translation>¿Es usted?</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="641"/>
        <source>This laptop already has a profile with this name and the same e-mail or organization, for example from the workshop&apos;s list. If it is yours, open it: your work counts only on one profile.</source>
        <translation>Esta computadora ya tiene un perfil con este nombre y el mismo correo u organización, por ejemplo de la lista del taller. Si es el suyo, ábralo: su trabajo cuenta solo en un perfil.</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="647"/>
        <source>Profiles found</source>
        <translation>Perfiles encontrados</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="650"/>
        <source>(PIN)</source>
        <translation>(PIN)</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="657"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="658"/>
        <source>&amp;This is me</source>
        <translation>&amp;Soy yo</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="659"/>
        <source>&amp;New profile anyway</source>
        <translation>Crear un perfil &amp;nuevo de todos modos</translation>
    </message>
</context>
<context>
    <name>SaveProgress</name>
    <message>
        <location filename="../usb.py" line="187"/>
        <source>Choose the USB stick to save your progress to</source>
        <translation>Elija la memoria USB donde guardar su avance</translation>
    </message>
    <message>
        <location filename="../usb.py" line="194"/>
        <location filename="../usb.py" line="201"/>
        <location filename="../usb.py" line="208"/>
        <source>Save my progress</source>
        <translation>Guardar mi avance</translation>
    </message>
    <message>
        <location filename="../usb.py" line="195"/>
        <source>Saving your progress to {folder}…</source>
        <translation>Guardando su avance en {folder}…</translation>
    </message>
    <message>
        <location filename="../usb.py" line="202"/>
        <source>✓ Your progress is saved in this file:
{file}

What to do next: remove the USB stick safely and give it to your trainer, who adds your progress to the workshop&apos;s records.

You can keep learning on this laptop; save again later to bring the trainer your latest progress.</source>
        <translation>✓ Su avance quedó guardado en este archivo:
{file}

Qué hacer ahora: retire la memoria USB de forma segura y entréguela a su capacitador, quien agregará su avance a los registros del taller.

Puede seguir aprendiendo en esta computadora; vuelva a guardar más adelante para llevarle al capacitador su avance más reciente.</translation>
    </message>
    <message>
        <location filename="../usb.py" line="209"/>
        <source>⚠ Your progress could not be saved: {error}

Check that the USB stick is plugged in and has free space, then try again. Nothing was lost: your progress is still on this laptop.</source>
        <translation>⚠ No se pudo guardar su avance: {error}

Revise que la memoria USB esté conectada y tenga espacio libre, y vuelva a intentarlo. No se perdió nada: su avance sigue en esta computadora.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../console/common.py" line="142"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="144"/>
        <source>⚠ Not saved yet: the database is busy (another program is writing) or the disk is full. Trainer keeps trying; keep this window open.</source>
        <translation>⚠ Todavía sin guardar: la base de datos está ocupada (otro programa está escribiendo) o el disco está lleno. Trainer sigue intentándolo; no cierre esta ventana.</translation>
    </message>
    <message>
        <location filename="../console/common.py" line="147"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <location filename="../organization.py" line="68"/>
        <source>Set up the organization on this laptop</source>
        <translation>Configurar la organización en esta computadora</translation>
    </message>
    <message>
        <location filename="../organization.py" line="72"/>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../organization.py" line="73"/>
        <source>(the Trainer app&apos;s logo)</source>
        <translation>(el logotipo de la aplicación Trainer)</translation>
    </message>
    <message>
        <location filename="../organization.py" line="75"/>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../organization.py" line="80"/>
        <source>Organization (printed on certificates)</source>
        <translation>Organización (se imprime en los certificados)</translation>
    </message>
    <message>
        <location filename="../organization.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="83"/>
        <source>Logo (optional):</source>
        <translation>Logotipo (opcional):</translation>
    </message>
    <message>
        <location filename="../organization.py" line="87"/>
        <source>empty: the organization above</source>
        <translation>vacío: la organización de arriba</translation>
    </message>
    <message>
        <location filename="../organization.py" line="89"/>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <location filename="../organization.py" line="93"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../organization.py" line="93"/>
        <source>6 to 8 digits</source>
        <translation>de 6 a 8 dígitos</translation>
    </message>
    <message>
        <location filename="../organization.py" line="94"/>
        <source>PIN again</source>
        <translation>PIN otra vez</translation>
    </message>
    <message>
        <location filename="../organization.py" line="95"/>
        <source>First organizer (you)</source>
        <translation>Primer organizador (usted)</translation>
    </message>
    <message>
        <location filename="../organization.py" line="99"/>
        <source>Your na&amp;me:</source>
        <translation>Su no&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="99"/>
        <source>Your or&amp;ganization:</source>
        <translation>Su or&amp;ganización:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="100"/>
        <source>Countr&amp;y:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="100"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="101"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="101"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="105"/>
        <source>You type this PIN to open the trainer console. In the console you can make other people trainers or organizers.</source>
        <translation>Con este PIN abre la consola del capacitador. En la consola puede nombrar a otras personas capacitadores u organizadores.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="108"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../organization.py" line="108"/>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../organization.py" line="109"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../organization.py" line="110"/>
        <source>Passphrase for signing certificates</source>
        <translation>Frase de contraseña para firmar certificados</translation>
    </message>
    <message>
        <location filename="../organization.py" line="113"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="114"/>
        <source>Passp&amp;hrase again:</source>
        <translation>Frase de contraseña otra &amp;vez:</translation>
    </message>
    <message>
        <location filename="../organization.py" line="117"/>
        <source>Write the passphrase down and keep it somewhere safe. It cannot be recovered: nobody can reset it, and without it this laptop cannot sign certificates for the organization. It is asked for each time certificates are signed.</source>
        <translation>Anote la frase de contraseña y guárdela en un lugar seguro. No se puede recuperar: nadie puede restablecerla y, sin ella, esta computadora no puede firmar certificados de la organización. Se pide cada vez que se firman certificados.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../organization.py" line="128"/>
        <source>Se&amp;t up</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <location filename="../organization.py" line="137"/>
        <source>This laptop has no trainer or organizer yet. Name the organization that signs the certificates and its first organizer. Afterwards, only a trainer or organizer of this laptop can give these roles.</source>
        <translation>Esta computadora todavía no tiene capacitador ni organizador. Indique la organización que firma los certificados y su primer organizador. Después, solo un capacitador u organizador de esta computadora puede dar estos roles.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="191"/>
        <source>The organization needs a name.</source>
        <translation>La organización necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="193"/>
        <source>Type your name: you are the first organizer.</source>
        <translation>Escriba su nombre: usted es el primer organizador.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="195"/>
        <source>The PIN must have 6 to 8 digits.</source>
        <translation>El PIN debe tener de 6 a 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="197"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="199"/>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La frase de contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="201"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../organization.py" line="228"/>
        <source>Setting up: making the organization&apos;s signing key…</source>
        <translation>Configurando: creando la clave de firma de la organización…</translation>
    </message>
</context>
<context>
    <name>SpotTheScamScreen</name>
    <message>
        <location filename="../labs/spot_the_scam.py" line="84"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="85"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="86"/>
        <source>&amp;Orders to screen</source>
        <translation>&amp;Pedidos por revisar</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="104"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="121"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="122"/>
        <source>Shown as:</source>
        <translation>Se muestra como:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="133"/>
        <source>Where the link really goes</source>
        <translation>Adónde lleva realmente el enlace</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="139"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="149"/>
        <source>Your judgement</source>
        <translation>Su juicio</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="151"/>
        <source>This is a &amp;scam</source>
        <translation>Es una &amp;estafa</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="152"/>
        <source>This is &amp;genuine</source>
        <translation>Es &amp;genuino</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="161"/>
        <source>Result for this message</source>
        <translation>Resultado de este mensaje</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="177"/>
        <source>S&amp;core the inbox</source>
        <translation>&amp;Calificar la bandeja</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="203"/>
        <source>Page address:</source>
        <translation>Dirección de la página:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="203"/>
        <source>Real sender:</source>
        <translation>Remitente real:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="211"/>
        <source>Attachment: {name}</source>
        <translation>Archivo adjunto: {name}</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="223"/>
        <source>This link really goes to: {url}</source>
        <translation>Este enlace lleva realmente a: {url}</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="230"/>
        <source>Point at the link, or reach it with Tab, to see where it really goes. Links never open here.</source>
        <translation>Señale el enlace con el mouse, o llegue a él con Tab, para ver adónde lleva realmente. Aquí los enlaces nunca se abren.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="232"/>
        <source>This message has no link.</source>
        <translation>Este mensaje no tiene enlaces.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="245"/>
        <source>not flagged yet</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="246"/>
        <source>flagged: scam</source>
        <translation>marcado: estafa</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="246"/>
        <source>flagged: genuine</source>
        <translation>marcado: genuino</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="253"/>
        <source>Flagged {count} of {total}.</source>
        <translation>Marcados {count} de {total}.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="259"/>
        <source>{mark} right</source>
        <translation>{mark} acierto</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="261"/>
        <source>{mark} wrong</source>
        <translation>{mark} error</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="268"/>
        <source>Inbox: {correct} of {total} right ({percent}). Select each message to read why.</source>
        <translation>Bandeja: {correct} de {total} aciertos ({percent}). Seleccione cada mensaje para leer por qué.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="282"/>
        <source>a scam</source>
        <translation>una estafa</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="282"/>
        <source>genuine</source>
        <translation>genuino</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="284"/>
        <source>Right: it is {truth}.</source>
        <translation>Correcto: es {truth}.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="286"/>
        <source>Not quite: it is {truth}.</source>
        <translation>No exactamente: es {truth}.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="290"/>
        <source>Warning signs in this message:</source>
        <translation>Señales de alerta en este mensaje:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="293"/>
        <source>No warning signs in this message.</source>
        <translation>Este mensaje no tiene señales de alerta.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="301"/>
        <source>These orders reached your online shop today. For each one decide: ship it, verify it before shipping, or cancel it.</source>
        <translation>Estos pedidos llegaron hoy a su tienda en línea. Decida para cada uno: despacharlo, verificarlo antes de despachar o cancelarlo.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="304"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="316"/>
        <source>Order details</source>
        <translation>Datos del pedido</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="321"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="321"/>
        <source>Amount:</source>
        <translation>Monto:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="322"/>
        <source>Billing country:</source>
        <translation>País de facturación:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="322"/>
        <source>Shipping country:</source>
        <translation>País de envío:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="323"/>
        <source>Ship to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="323"/>
        <source>IP address located in:</source>
        <translation>Ubicación de la dirección IP:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="324"/>
        <source>Delivery:</source>
        <translation>Entrega:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="324"/>
        <source>Cards tried:</source>
        <translation>Tarjetas intentadas:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="325"/>
        <source>Previous orders:</source>
        <translation>Pedidos anteriores:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="325"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="329"/>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="342"/>
        <source>Result for this order</source>
        <translation>Resultado de este pedido</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="356"/>
        <source>S&amp;core the orders</source>
        <translation>&amp;Calificar los pedidos</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="385"/>
        <source>Express (rush)</source>
        <translation>Exprés (urgente)</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="385"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="406"/>
        <source>Right: {decision}.</source>
        <translation>Correcto: {decision}.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="408"/>
        <source>Not quite: you chose {chosen}; the careful choice is {decision}.</source>
        <translation>No exactamente: usted eligió «{chosen}»; la decisión prudente es «{decision}».</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="424"/>
        <source>not decided yet</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="425"/>
        <source>decision: {decision}</source>
        <translation>decisión: {decision}</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="433"/>
        <source>Decided {count} of {total}.</source>
        <translation>Decididos {count} de {total}.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="440"/>
        <source>Orders: {correct} of {total} right ({percent}). Select each order to read why.</source>
        <translation>Pedidos: {correct} de {total} aciertos ({percent}). Seleccione cada pedido para leer por qué.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="452"/>
        <source>flag and score the inbox</source>
        <translation>marcar y calificar la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="454"/>
        <source>decide and score the orders</source>
        <translation>decidir y calificar los pedidos</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="456"/>
        <source>Still to do: {tasks}.</source>
        <translation>Pendiente: {tasks}.</translation>
    </message>
    <message>
        <location filename="../labs/spot_the_scam.py" line="458"/>
        <source>Both parts are scored: {score}. Review the explanations, then finish the lab.</source>
        <translation>Las dos partes están calificadas: {score}. Revise las explicaciones y luego termine la práctica.</translation>
    </message>
</context>
<context>
    <name>UsbMessage</name>
    <message>
        <location filename="../usb.py" line="44"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../verify.py" line="86"/>
        <location filename="../verify.py" line="184"/>
        <source>Verify a certificate</source>
        <translation>Verificar un certificado</translation>
    </message>
    <message>
        <location filename="../verify.py" line="90"/>
        <source>TRN-7K3Q-M9XA, or paste the text a phone shows for the QR code</source>
        <translation>TRN-7K3Q-M9XA, o pegue el texto que muestra un teléfono al leer el código QR</translation>
    </message>
    <message>
        <location filename="../verify.py" line="92"/>
        <source>Certificate code or QR code text</source>
        <translation>Código del certificado o texto del código QR</translation>
    </message>
    <message>
        <location filename="../verify.py" line="94"/>
        <source>&amp;Code or QR text:</source>
        <translation>&amp;Código o texto del QR:</translation>
    </message>
    <message>
        <location filename="../verify.py" line="96"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../verify.py" line="99"/>
        <source>Choose &amp;PDF…</source>
        <translation>Elegir &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../verify.py" line="121"/>
        <source>Certificate in this PDF</source>
        <translation>Certificado de este PDF</translation>
    </message>
    <message>
        <location filename="../verify.py" line="123"/>
        <source>Certificate in this P&amp;DF:</source>
        <translation>Certificado de este P&amp;DF:</translation>
    </message>
    <message>
        <location filename="../verify.py" line="136"/>
        <location filename="../verify.py" line="274"/>
        <source>What the certificate states (signed)</source>
        <translation>Lo que dice el certificado (firmado)</translation>
    </message>
    <message>
        <location filename="../verify.py" line="141"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../verify.py" line="141"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../verify.py" line="141"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../verify.py" line="142"/>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <location filename="../verify.py" line="142"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../verify.py" line="142"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../verify.py" line="143"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../verify.py" line="143"/>
        <source>Trainer</source>
        <translation>Capacitador(a)</translation>
    </message>
    <message>
        <location filename="../verify.py" line="144"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../verify.py" line="144"/>
        <source>Issued on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <location filename="../verify.py" line="145"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../verify.py" line="165"/>
        <source>Compare each line with the paper: any difference means the paper was changed after it was signed.</source>
        <translation>Compare cada línea con el papel: cualquier diferencia significa que el papel se modificó después de firmarse.</translation>
    </message>
    <message>
        <location filename="../verify.py" line="171"/>
        <source>Text of the page, as read from the PDF</source>
        <translation>Texto de la página, tal como se lee en el PDF</translation>
    </message>
    <message>
        <location filename="../verify.py" line="173"/>
        <source>Its text, as read from the PDF:</source>
        <translation>Su texto, tal como se lee en el PDF:</translation>
    </message>
    <message>
        <location filename="../verify.py" line="181"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../verify.py" line="185"/>
        <source>Type the code printed on the certificate, paste the text a phone&apos;s QR reader shows, or choose the certificate&apos;s PDF. Nothing leaves this laptop.</source>
        <translation>Escriba el código impreso en el certificado, pegue el texto que muestra el lector QR de un teléfono o elija el PDF del certificado. Nada sale de esta computadora.</translation>
    </message>
    <message>
        <location filename="../verify.py" line="199"/>
        <source>Choose a certificate PDF</source>
        <translation>Elija el PDF de un certificado</translation>
    </message>
    <message>
        <location filename="../verify.py" line="200"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../verify.py" line="229"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../verify.py" line="241"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../verify.py" line="241"/>
        <source>Altered</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <location filename="../verify.py" line="241"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../verify.py" line="242"/>
        <source>Unknown key</source>
        <translation>Clave desconocida</translation>
    </message>
    <message>
        <location filename="../verify.py" line="242"/>
        <source>Unknown code</source>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <location filename="../verify.py" line="243"/>
        <source>Cannot check</source>
        <translation>No se puede verificar</translation>
    </message>
    <message>
        <location filename="../verify.py" line="243"/>
        <source>Page does not match</source>
        <translation>La página no coincide</translation>
    </message>
    <message>
        <location filename="../verify.py" line="260"/>
        <source>{valid} of {count} certificates in this PDF are valid. Sho&amp;w:</source>
        <translation>{valid} de {count} certificados de este PDF son válidos. Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../verify.py" line="275"/>
        <source>What it says (not confirmed by a valid signature)</source>
        <translation>Lo que dice (no lo confirma una firma válida)</translation>
    </message>
    <message>
        <location filename="../verify.py" line="284"/>
        <source>Page {page} shows the signed name, code, course, hours and organization.</source>
        <translation>La página {page} muestra el nombre, el código, el curso, las horas y la organización que se firmaron.</translation>
    </message>
    <message>
        <location filename="../verify.py" line="287"/>
        <source>The text of page {page} could not be read: compare that page with the facts below by eye.</source>
        <translation>No se pudo leer el texto de la página {page}: compare a simple vista esa página con los datos de abajo.</translation>
    </message>
    <message>
        <location filename="../verify.py" line="290"/>
        <source>A trainer or organizer approves it in the Trainer console: Certificates ▸ Keys offered by bundles ▸ Approve this key…</source>
        <translation>Un capacitador u organizador la aprueba en la Consola del capacitador: Certificados ▸ Claves ofrecidas por paquetes ▸ Aprobar esta clave…</translation>
    </message>
    <message>
        <location filename="../verify.py" line="300"/>
        <source>not on page {page}</source>
        <translation>no está en la página {page}</translation>
    </message>
    <message>
        <location filename="../verify.py" line="301"/>
        <source>on page {page}</source>
        <translation>está en la página {page}</translation>
    </message>
    <message>
        <location filename="../verify.py" line="309"/>
        <source>What page {page} shows</source>
        <translation>Lo que muestra la página {page}</translation>
    </message>
    <message>
        <location filename="../verify.py" line="345"/>
        <source>Completion</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../verify.py" line="345"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../console/attendance.py" line="437"/>
        <source>Add a walk-in</source>
        <translation>Agregar a alguien sin inscripción</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="444"/>
        <source>They are enrolled and marked present at the session of {day}, {start}.</source>
        <translation>Queda inscrita y marcada como presente en la sesión del {day}, {start}.</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="450"/>
        <source>Add, enrol and mark present</source>
        <translation>Agregar, inscribir y marcar presente</translation>
    </message>
    <message>
        <location filename="../console/attendance.py" line="451"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WorkshopsSection</name>
    <message>
        <location filename="../console/workshops.py" line="37"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="37"/>
        <source>Days</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="37"/>
        <location filename="../console/workshops.py" line="92"/>
        <location filename="../console/workshops.py" line="106"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="37"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="39"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="45"/>
        <source>&amp;Workshops</source>
        <translation>Talle&amp;res</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="47"/>
        <source>&amp;New workshop</source>
        <translation>&amp;Nuevo taller</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="55"/>
        <location filename="../console/workshops.py" line="242"/>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="62"/>
        <location filename="../console/workshops.py" line="63"/>
        <source>no date (yyyy-mm-dd)</source>
        <translation>sin fecha (aaaa-mm-dd)</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="65"/>
        <source>The workshop would end ({day}) before it starts ({minimum}).</source>
        <translation>El taller terminaría ({day}) antes de empezar ({minimum}).</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="70"/>
        <source>Modules taught</source>
        <translation>Módulos que se imparten</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="77"/>
        <source>&amp;Save workshop</source>
        <translation>&amp;Guardar taller</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="84"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="84"/>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="85"/>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="85"/>
        <source>Sta&amp;rts on</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="86"/>
        <source>En&amp;ds on</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="86"/>
        <source>C&amp;ourse</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="87"/>
        <source>Attendance thres&amp;hold</source>
        <translation>&amp;Umbral de asistencia</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="94"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="94"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="94"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="95"/>
        <source>Title</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="120"/>
        <source>Dat&amp;e</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="121"/>
        <source>Start ti&amp;me</source>
        <translation>&amp;Hora de inicio</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="122"/>
        <source>Ho&amp;urs</source>
        <translation>H&amp;oras</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="123"/>
        <source>Session tit&amp;le</source>
        <translation>Tema de la se&amp;sión</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="129"/>
        <source>&amp;Add session</source>
        <translation>&amp;Agregar sesión</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="130"/>
        <source>&amp;Change session</source>
        <translation>&amp;Modificar sesión</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="131"/>
        <source>Remo&amp;ve session</source>
        <translation>&amp;Quitar sesión</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="141"/>
        <source>Save the workshop first, then add its sessions.</source>
        <translation>Primero guarde el taller; luego agregue sus sesiones.</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="198"/>
        <source>Current</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="198"/>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="198"/>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="242"/>
        <source>Edit workshop</source>
        <translation>Editar taller</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="272"/>
        <source>No course is installed on this laptop</source>
        <translation>No hay ningún curso instalado en esta computadora</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="282"/>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="282"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location filename="../console/workshops.py" line="310"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <location filename="../saving.py" line="169"/>
        <source>{count} answer(s) or result(s) are not saved yet: the database is busy or the disk is full. They are kept on this computer and will be saved the next time Trainer starts. Close now?</source>
        <translation>{count} respuesta(s) o resultado(s) todavía no se guardaron: la base de datos está ocupada o el disco está lleno. Se conservan en esta computadora y se guardarán la próxima vez que abra Trainer. ¿Cerrar ahora?</translation>
    </message>
    <message>
        <location filename="../saving.py" line="175"/>
        <source>Answers not saved yet</source>
        <translation>Respuestas todavía sin guardar</translation>
    </message>
    <message>
        <location filename="../saving.py" line="173"/>
        <source>{count} answer(s) or result(s) are not saved yet: the database is busy or the disk is full, and Trainer keeps trying. If you close now they will be lost. Close anyway?</source>
        <translation>{count} respuesta(s) o resultado(s) todavía no se guardaron: la base de datos está ocupada o el disco está lleno, y Trainer sigue intentando. Si cierra ahora, se perderán. ¿Desea cerrar de todos modos?</translation>
    </message>
</context>
</TS>
