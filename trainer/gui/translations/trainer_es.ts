<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_419">
<context>
    <name>CourseHome</name>
    <message>
        <location filename="../screens/course_home.py" line="35" />
        <source>C&amp;ourse:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="42" />
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="69" />
        <source>{done} of {total} lessons · {passed} of {modules} modules passed</source>
        <translation>{done} de {total} lecciones · {passed} de {modules} módulos aprobados</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="73" />
        <location filename="../screens/course_home.py" line="120" />
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="74" />
        <source>Course complete</source>
        <translation>Curso completo</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="83" />
        <source>Start: {title}</source>
        <translation>Empezar: {title}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="83" />
        <source>Continue where you left off: {title}</source>
        <translation>Continuar donde se quedó: {title}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="101" />
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="101" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="102" />
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="103" />
        <source>Module {n}: {title}</source>
        <translation>Módulo {n}: {title}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="110" />
        <source>{done} of {total} lessons</source>
        <translation>{done} de {total} lecciones</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="115" />
        <source>Quiz not taken yet (pass mark {mark:.0f} %)</source>
        <translation>Evaluación pendiente (se aprueba con {mark:.0f} %)</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="117" />
        <source>Quiz: best {best:.0f} % of {mark:.0f} % needed, {count} attempt(s)</source>
        <translation>Evaluación: mejor nota {best:.0f} % de {mark:.0f} % necesario, {count} intento(s)</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="124" />
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="125" />
        <source>Lessons of module {n}</source>
        <translation>Lecciones del módulo {n}</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="133" />
        <source>Quiz</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="134" />
        <source>Quiz of module {n}</source>
        <translation>Evaluación del módulo {n}</translation>
    </message>
</context>
<context>
    <name>CoursesScreen</name>
    <message>
        <location filename="../main_window.py" line="27" />
        <location filename="../main_window.py" line="29" />
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="36" />
        <source>{title}
{modules} modules · about {hours} h</source>
        <translation>{title}
{modules} módulos · unas {hours} h</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="44" />
        <source>{title}
Unavailable: {reason}</source>
        <translation>{title}
No disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../screens/course_home.py" line="16" />
        <source>about {h} h {m} min</source>
        <translation>unas {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="18" />
        <source>about {h} h</source>
        <translation>unas {h} h</translation>
    </message>
    <message>
        <location filename="../screens/course_home.py" line="19" />
        <source>about {m} min</source>
        <translation>unos {m} min</translation>
    </message>
</context>
<context>
    <name>LabScreen</name>
    <message>
        <location filename="../screens/lab.py" line="22" />
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <location filename="../screens/lab.py" line="26" />
        <source>About {minutes} min · works with no internet</source>
        <translation>Unos {minutes} min · funciona sin internet</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../screens/lesson.py" line="37" />
        <source>&lt;b&gt;Lessons in this module&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones de este módulo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="39" />
        <source>Lessons in this module</source>
        <translation>Lecciones de este módulo</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="42" />
        <source>&lt;b&gt;Contents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contenido&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="44" />
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="56" />
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="60" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="61" />
        <source>Previous lesson (Ctrl+Page Up)</source>
        <translation>Lección anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="66" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="67" />
        <source>Next lesson (Ctrl+Page Down)</source>
        <translation>Lección siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="117" />
        <source>✓ Done</source>
        <translation>✓ Terminada</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="117" />
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como terminada</translation>
    </message>
    <message>
        <location filename="../screens/lesson.py" line="118" />
        <source>Mark this lesson as done (Ctrl+D)</source>
        <translation>Marcar esta lección como terminada (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="65" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <source>The database could not be opened:
{error}</source>
        <translation>No se pudo abrir la base de datos:
{error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109" />
        <source>Switch &amp;profile…</source>
        <translation>Cambiar de &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>Course &amp;home</source>
        <translation>&amp;Inicio del curso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114" />
        <source>&amp;My progress</source>
        <translation>&amp;Mi progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115" />
        <source>All &amp;courses</source>
        <translation>&amp;Todos los cursos</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116" />
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118" />
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120" />
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124" />
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>&amp;About Trainer</source>
        <translation>&amp;Acerca de Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283" />
        <source>About Trainer</source>
        <translation>Acerca de Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284" />
        <source>Trainer {version}
Offline courseware for e-commerce training in Latin America and the Caribbean.
Works with no internet connection.</source>
        <translation>Trainer {version}
Cursos sin conexión de comercio electrónico para América Latina y el Caribe.
Funciona sin internet.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../screens/presentation.py" line="32" />
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <location filename="../screens/presentation.py" line="58" />
        <source>{n} / {total}   ← → to move, Esc to leave</source>
        <translation>{n} / {total}   ← → para avanzar, Esc para salir</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../screens/profiles.py" line="126" />
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="132" />
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="132" />
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="133" />
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="133" />
        <location filename="../screens/profiles.py" line="142" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="137" />
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="141" />
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="141" />
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="142" />
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="147" />
        <source>optional, 4 to 8 digits</source>
        <translation>opcional, de 4 a 8 dígitos</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="150" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="150" />
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="151" />
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="151" />
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="152" />
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="152" />
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="153" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="153" />
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="158" />
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="159" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="171" />
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../screens/profiles.py" line="54" />
        <source>Who is learning?</source>
        <translation>¿Quién va a estudiar?</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="55" />
        <source>Choose your profile, or create one if this is your first time.</source>
        <translation>Elija su perfil o cree uno si es la primera vez.</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="57" />
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="62" />
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="65" />
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="82" />
        <source>(PIN)</source>
        <translation>(PIN)</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="101" />
        <location filename="../screens/profiles.py" line="107" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="101" />
        <source>PIN for {name}:</source>
        <translation>PIN de {name}:</translation>
    </message>
    <message>
        <location filename="../screens/profiles.py" line="107" />
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../screens/progress.py" line="59" />
        <source>My progress: {name}</source>
        <translation>Mi progreso: {name}</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="64" />
        <source>{done} of {total} lessons done</source>
        <translation>{done} de {total} lecciones terminadas</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="66" />
        <source>{passed} of {modules} module quizzes passed</source>
        <translation>{passed} de {modules} evaluaciones de módulo aprobadas</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="68" />
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="69" />
        <source>✓ Course complete</source>
        <translation>✓ Curso completo</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="75" />
        <source>&lt;b&gt;Module&lt;/b&gt;</source>
        <translation>&lt;b&gt;Módulo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="76" />
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="77" />
        <source>&lt;b&gt;Quiz (best score)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluación (mejor nota)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="78" />
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="79" />
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="79" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="79" />
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="90" />
        <source>not taken</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="98" />
        <source>My certificates</source>
        <translation>Mis certificados</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="105" />
        <source>No certificate yet. Pass every module quiz and your trainer can issue one.</source>
        <translation>Todavía no tiene certificados. Apruebe la evaluación de cada módulo y su capacitador podrá emitirle uno.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../screens/quiz.py" line="36" />
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="45" />
        <source>Tick all that apply.</source>
        <translation>Marque todas las que correspondan.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="56" />
        <location filename="../screens/quiz.py" line="142" />
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="56" />
        <location filename="../screens/quiz.py" line="142" />
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="65" />
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="66" />
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="66" />
        <source>Type your answer</source>
        <translation>Escriba su respuesta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="115" />
        <source>✓ Correct.</source>
        <translation>✓ Correcta.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="117" />
        <source>◐ Partly right ({score} %).</source>
        <translation>◐ Parcialmente correcta ({score} %).</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="119" />
        <source>✗ Not right.</source>
        <translation>✗ Incorrecta.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="122" />
        <source>Right answer: {answer}</source>
        <translation>Respuesta correcta: {answer}</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../screens/quiz.py" line="174" />
        <source>{count} questions · you pass with {mark} · about {minutes} min</source>
        <translation>{count} preguntas · se aprueba con {mark} · unos {minutes} min</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="180" />
        <source>&lt;b&gt;Your attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sus intentos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="182" />
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="182" />
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="182" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="183" />
        <source>Your attempts</source>
        <translation>Sus intentos</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="189" />
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="189" />
        <source>✗ Not passed</source>
        <translation>✗ No aprobado</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="194" />
        <source>How do you want to take it?</source>
        <translation>¿Cómo quiere hacerla?</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="196" />
        <source>&amp;One question at a time</source>
        <translation>&amp;Una pregunta a la vez</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="197" />
        <source>&amp;All questions on one page</source>
        <translation>&amp;Todas las preguntas en una página</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="202" />
        <source>See if I am right &amp;after each question</source>
        <translation>Ver si acerté &amp;después de cada pregunta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="203" />
        <source>See the results at the &amp;end</source>
        <translation>Ver los resultados al &amp;final</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="213" />
        <source>&amp;Resume where you stopped</source>
        <translation>&amp;Retomar donde se quedó</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="217" />
        <source>&amp;Start the quiz</source>
        <translation>&amp;Empezar la evaluación</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="217" />
        <location filename="../screens/quiz.py" line="387" />
        <source>&amp;Retake the quiz</source>
        <translation>&amp;Volver a hacer la evaluación</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="223" />
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="284" />
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="286" />
        <source>&amp;Check answer</source>
        <translation>&amp;Revisar respuesta</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="288" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="290" />
        <source>&amp;Finish and see my score</source>
        <translation>&amp;Terminar y ver mi nota</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="332" />
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="356" />
        <source>Finish the quiz?</source>
        <translation>¿Terminar la evaluación?</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="357" />
        <source>{count} question(s) have no answer and will count as wrong. Finish anyway?</source>
        <translation>{count} pregunta(s) sin responder contarán como incorrectas. ¿Terminar de todos modos?</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="369" />
        <source>✓ Passed: {score} (you needed {mark})</source>
        <translation>✓ Aprobado: {score} (necesitaba {mark})</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="370" />
        <source>✗ Not passed yet: {score} (you need {mark})</source>
        <translation>✗ Aún no aprobado: {score} (necesita {mark})</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="374" />
        <source>Read the explanations below, review the lessons, and take the quiz again.</source>
        <translation>Lea las explicaciones de abajo, repase las lecciones y vuelva a hacer la evaluación.</translation>
    </message>
    <message>
        <location filename="../screens/quiz.py" line="389" />
        <source>Back to the &amp;course</source>
        <translation>Volver al &amp;curso</translation>
    </message>
</context>
</TS>