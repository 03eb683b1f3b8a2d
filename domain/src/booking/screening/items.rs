//! The checklist's items, written for this service in plain words in both
//! languages. The milestones they ask about are the usual ones for each age
//! (public milestone lists, such as the US CDC's, informed the choice; no
//! text is taken from them). Key items (`KEY`) are the ones a child of the
//! band very rarely misses without a reason to look further.

use super::Area::{Cognition, FineMotor, GrossMotor, Language, Social};
use super::{Area, Band, Item};

const KEY: bool = true;
const ITEM: bool = false;

const fn i(area: Area, key: bool, zh_tw: &'static str, en: &'static str) -> Item {
    Item { area, key, zh_tw, en }
}

pub(super) fn of(band: Band) -> &'static [Item] {
    match band {
        Band::M4 => &M4,
        Band::M6 => &M6,
        Band::M9 => &M9,
        Band::M12 => &M12,
        Band::M15 => &M15,
        Band::M18 => &M18,
        Band::M24 => &M24,
        Band::M30 => &M30,
        Band::M36 => &M36,
        Band::M42 => &M42,
        Band::M48 => &M48,
        Band::M60 => &M60,
        Band::M72 => &M72,
    }
}

const M4: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "趴著時,能用前臂撐起頭和胸口",
        "Lying on the tummy, lifts the head and chest, leaning on the forearms",
    ),
    i(
        GrossMotor,
        ITEM,
        "抱著坐時,頭能穩住不晃",
        "Held sitting up, keeps the head steady",
    ),
    i(
        GrossMotor,
        ITEM,
        "躺著時,兩隻腳會輪流踢",
        "Lying on the back, kicks the legs in turn",
    ),
    i(
        FineMotor,
        ITEM,
        "能握住放進手裡的搖鈴",
        "Holds a rattle put in the hand",
    ),
    i(
        FineMotor,
        ITEM,
        "會把手放進嘴裡,或兩手在胸前碰在一起",
        "Brings the hands to the mouth, or together in front of the chest",
    ),
    i(
        Language,
        ITEM,
        "會發出「啊」「喔」之類的聲音",
        "Makes soft sounds such as \"ah\" and \"oo\"",
    ),
    i(
        Language,
        KEY,
        "聽到聲音,會轉頭或用眼睛找",
        "Turns the head or the eyes towards a sound",
    ),
    i(
        Language,
        ITEM,
        "逗他時會笑出聲",
        "Laughs out loud when you play together",
    ),
    i(
        Cognition,
        KEY,
        "眼睛能跟著移動的臉或玩具",
        "Follows a moving face or toy with the eyes",
    ),
    i(
        Cognition,
        ITEM,
        "會盯著自己的手看",
        "Looks at their own hands with interest",
    ),
    i(
        Social,
        KEY,
        "看到人會主動微笑",
        "Smiles at people without being prompted",
    ),
    i(
        Social,
        ITEM,
        "餵奶或玩的時候會看著大人的臉",
        "Looks at your face while feeding or playing",
    ),
];

const M6: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "會從趴著翻成躺著,或從躺著翻成趴著",
        "Rolls from tummy to back, or from back to tummy",
    ),
    i(
        GrossMotor,
        ITEM,
        "扶著腋下站時,腳能撐住一部分體重",
        "Held under the arms, takes some weight on the legs",
    ),
    i(
        GrossMotor,
        ITEM,
        "用手撐著,可以坐一下子",
        "Sits for a moment, leaning on the hands",
    ),
    i(
        FineMotor,
        KEY,
        "會伸手去抓面前的玩具",
        "Reaches out and grabs a toy in front of them",
    ),
    i(
        FineMotor,
        ITEM,
        "會把玩具從一隻手換到另一隻手",
        "Passes a toy from one hand to the other",
    ),
    i(
        Language,
        ITEM,
        "會發出一串聲音,好像在聊天",
        "Makes strings of sounds, as if chatting",
    ),
    i(Language, KEY, "叫他的名字會有反應", "Reacts when you say their name"),
    i(
        Language,
        ITEM,
        "會用不同的聲音表示高興或不高興",
        "Makes different sounds for happy and unhappy",
    ),
    i(
        Cognition,
        ITEM,
        "會把東西放進嘴裡探索",
        "Explores things by putting them in the mouth",
    ),
    i(
        Cognition,
        ITEM,
        "玩具掉了,會用眼睛找",
        "Looks for a toy that has dropped",
    ),
    i(
        Social,
        ITEM,
        "認得熟悉的人,對陌生人的反應不一樣",
        "Knows familiar people and reacts differently to strangers",
    ),
    i(
        Social,
        ITEM,
        "喜歡看鏡子裡的自己",
        "Likes to look at themselves in a mirror",
    ),
];

const M9: [Item; 12] = [
    i(GrossMotor, KEY, "不用扶,能自己坐穩", "Sits steadily without support"),
    i(
        GrossMotor,
        ITEM,
        "會用肚子貼地爬,或用手和膝蓋爬",
        "Crawls, on the tummy or on hands and knees",
    ),
    i(GrossMotor, ITEM, "扶著家具能站著", "Stands holding on to furniture"),
    i(
        FineMotor,
        ITEM,
        "會用手指把小東西撥過來拿起",
        "Rakes small things towards them with the fingers and picks them up",
    ),
    i(
        FineMotor,
        ITEM,
        "兩手各拿一塊積木,會互相敲",
        "Bangs two blocks together, one in each hand",
    ),
    i(
        Language,
        KEY,
        "會發出「ㄅㄚㄅㄚ」「ㄇㄚㄇㄚ」這類重複的音",
        "Babbles repeated sounds such as \"ba-ba\" or \"ma-ma\"",
    ),
    i(
        Language,
        ITEM,
        "聽到「不可以」會停一下",
        "Stops for a moment when told \"no\"",
    ),
    i(
        Language,
        ITEM,
        "會用聲音或動作叫大人注意他",
        "Uses sounds or gestures to get your attention",
    ),
    i(
        Cognition,
        KEY,
        "看著玩具被布蓋住,會掀開布找",
        "Finds a toy hidden under a cloth while they watch",
    ),
    i(Cognition, ITEM, "會看向你用手指的地方", "Looks where you point"),
    i(Social, ITEM, "玩躲貓貓時會覺得好玩", "Enjoys playing peekaboo"),
    i(
        Social,
        ITEM,
        "和照顧他的人分開時會不安",
        "Gets upset when the person who looks after them leaves",
    ),
];

const M12: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "扶著家具能橫著走",
        "Walks sideways holding on to furniture",
    ),
    i(
        GrossMotor,
        ITEM,
        "能自己從躺著坐起來",
        "Sits up from lying down without help",
    ),
    i(
        GrossMotor,
        ITEM,
        "牽著一隻手能走幾步",
        "Walks a few steps with one hand held",
    ),
    i(
        FineMotor,
        KEY,
        "會用拇指和食指捏起小東西,例如小餅乾",
        "Picks up small things, such as a piece of biscuit, between thumb and index finger",
    ),
    i(FineMotor, ITEM, "會把積木放進杯子裡", "Puts a block into a cup"),
    i(
        Language,
        KEY,
        "會對著爸爸或媽媽叫「爸爸」「媽媽」",
        "Says \"mama\" or \"baba\" to a parent, meaning that parent",
    ),
    i(Language, ITEM, "會揮手說再見", "Waves bye-bye"),
    i(
        Language,
        ITEM,
        "配合手勢,聽得懂「給我」這類簡單的話",
        "Understands a simple request such as \"give it to me\" with a gesture",
    ),
    i(
        Cognition,
        ITEM,
        "會模仿簡單的動作,例如拍手",
        "Copies simple actions such as clapping",
    ),
    i(
        Cognition,
        ITEM,
        "會照東西的用途玩,例如拿杯子假裝喝",
        "Uses things as they are meant, such as pretending to drink from a cup",
    ),
    i(Social, KEY, "會用手指著想要的東西", "Points at things they want"),
    i(Social, ITEM, "會把玩具拿給你看", "Holds out a toy to show you"),
];

const M15: [Item; 12] = [
    i(GrossMotor, KEY, "能自己走幾步", "Takes a few steps alone"),
    i(
        GrossMotor,
        ITEM,
        "會蹲下撿東西,再站起來",
        "Squats to pick something up and stands up again",
    ),
    i(GrossMotor, ITEM, "會爬上矮的台階", "Climbs onto a low step"),
    i(FineMotor, ITEM, "能把兩塊積木疊起來", "Stacks two blocks"),
    i(
        FineMotor,
        ITEM,
        "會拿蠟筆在紙上亂畫",
        "Scribbles on paper with a crayon",
    ),
    i(
        Language,
        KEY,
        "除了「爸爸」「媽媽」,還會說一兩個詞",
        "Says one or two words besides \"mama\" and \"baba\"",
    ),
    i(
        Language,
        ITEM,
        "說出常見東西的名字時,會看向那樣東西",
        "Looks at a familiar thing when you name it",
    ),
    i(
        Language,
        ITEM,
        "想要東西時,會一邊指一邊出聲",
        "Points and makes a sound to ask for something",
    ),
    i(Cognition, ITEM, "會試著自己用湯匙", "Tries to use a spoon"),
    i(
        Cognition,
        ITEM,
        "知道常見東西的用途,例如拿梳子梳頭",
        "Knows what familiar things are for, such as a brush for hair",
    ),
    i(
        Social,
        KEY,
        "會拿東西給你看,或跟你分享",
        "Brings things to show you or to share with you",
    ),
    i(Social, ITEM, "高興時會拍手", "Claps when pleased"),
];

const M18: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "自己走得穩,很少跌倒",
        "Walks steadily alone and seldom falls",
    ),
    i(GrossMotor, ITEM, "牽著手能上樓梯", "Walks upstairs with a hand held"),
    i(
        GrossMotor,
        ITEM,
        "會一邊走一邊拉著玩具",
        "Pulls a toy along while walking",
    ),
    i(FineMotor, ITEM, "能疊三、四塊積木", "Stacks three or four blocks"),
    i(
        FineMotor,
        ITEM,
        "會自己拿杯子喝水,灑出來的不多",
        "Drinks from a cup, spilling little",
    ),
    i(
        Language,
        KEY,
        "會說至少三個有意思的詞",
        "Says at least three words that mean something",
    ),
    i(
        Language,
        KEY,
        "問他時,能指出一個身體部位,例如眼睛、鼻子",
        "Points to a part of the body, such as the eyes or nose, when asked",
    ),
    i(
        Language,
        ITEM,
        "不用手勢,也聽得懂一個步驟的簡單指令",
        "Follows a simple one-step instruction without a gesture",
    ),
    i(
        Cognition,
        ITEM,
        "會模仿做家事,例如擦桌子",
        "Copies household jobs such as wiping the table",
    ),
    i(
        Cognition,
        ITEM,
        "會假裝餵娃娃或玩偶吃東西",
        "Pretends to feed a doll or a soft toy",
    ),
    i(
        Social,
        KEY,
        "遇到新的事物,會看你的臉看你怎麼反應",
        "Looks at your face to see how you react to something new",
    ),
    i(
        Social,
        ITEM,
        "會指著有趣的東西要你看",
        "Points to show you something interesting",
    ),
];

const M24: [Item; 12] = [
    i(GrossMotor, KEY, "會跑", "Runs"),
    i(
        GrossMotor,
        ITEM,
        "扶著欄杆能上下樓梯",
        "Walks up and down stairs holding the rail",
    ),
    i(GrossMotor, ITEM, "會踢球", "Kicks a ball"),
    i(FineMotor, ITEM, "能疊五、六塊積木", "Stacks five or six blocks"),
    i(FineMotor, ITEM, "會自己用湯匙吃飯", "Feeds themselves with a spoon"),
    i(
        Language,
        KEY,
        "會把兩個詞連在一起說,例如「媽媽抱」「還要奶」",
        "Puts two words together, such as \"more milk\" or \"daddy go\"",
    ),
    i(
        Language,
        KEY,
        "說出圖畫書裡的東西時,能指出兩樣以上",
        "Points to two or more things in a picture book when you name them",
    ),
    i(
        Language,
        ITEM,
        "問「這是什麼」時,能說出常見東西的名字",
        "Names familiar things when you ask \"what is this?\"",
    ),
    i(
        Cognition,
        ITEM,
        "會把簡單的形狀放進形狀盒",
        "Puts simple shapes into a shape sorter",
    ),
    i(
        Cognition,
        ITEM,
        "會玩簡單的假扮遊戲,例如煮飯、講電話",
        "Plays simple pretend games, such as cooking or talking on the phone",
    ),
    i(
        Social,
        KEY,
        "會注意到別人受傷或難過",
        "Notices when someone is hurt or upset",
    ),
    i(
        Social,
        ITEM,
        "喜歡在其他小朋友旁邊玩",
        "Likes to play near other children",
    ),
];

const M30: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "能雙腳同時離地跳起來",
        "Jumps with both feet off the ground",
    ),
    i(
        GrossMotor,
        ITEM,
        "不用扶,能自己上樓梯",
        "Walks upstairs without holding on",
    ),
    i(GrossMotor, ITEM, "會舉手過肩丟球", "Throws a ball overarm"),
    i(
        FineMotor,
        ITEM,
        "會一頁一頁翻書",
        "Turns the pages of a book one at a time",
    ),
    i(
        FineMotor,
        ITEM,
        "看你畫直線後,會跟著畫",
        "Draws a straight line after watching you",
    ),
    i(
        Language,
        KEY,
        "會說大約五十個以上的詞",
        "Says about fifty words or more",
    ),
    i(
        Language,
        KEY,
        "聽得懂兩個步驟的指令,例如「撿起來,放到桌上」",
        "Follows a two-step instruction such as \"pick it up and put it on the table\"",
    ),
    i(
        Language,
        ITEM,
        "會用「我」「你」這類的詞",
        "Uses words such as \"I\", \"me\" and \"you\"",
    ),
    i(
        Cognition,
        ITEM,
        "會照顏色或形狀把東西配成一對",
        "Matches things by colour or shape",
    ),
    i(
        Cognition,
        ITEM,
        "玩的時候,會把一樣東西當成另一樣,例如把積木當電話",
        "In play, uses one thing as another, such as a block as a phone",
    ),
    i(
        Social,
        ITEM,
        "會和其他小朋友玩簡單的遊戲,例如追逐",
        "Plays simple games, such as chasing, with other children",
    ),
    i(
        Social,
        KEY,
        "會主動找你一起玩,或拿東西給你看",
        "Asks you to play or brings things to show you",
    ),
];

const M36: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "上樓梯時,兩腳輪流一腳一階",
        "Walks upstairs one foot per step",
    ),
    i(GrossMotor, ITEM, "會騎三輪車", "Pedals a tricycle"),
    i(GrossMotor, ITEM, "能單腳站一下子", "Stands on one foot for a moment"),
    i(
        FineMotor,
        ITEM,
        "看你畫圓圈後,會跟著畫",
        "Draws a circle after watching you",
    ),
    i(
        FineMotor,
        ITEM,
        "會自己穿脫簡單的衣服,例如鬆緊帶褲子、外套",
        "Puts on or takes off simple clothes, such as loose trousers or a jacket",
    ),
    i(
        Language,
        KEY,
        "會說三個詞以上的句子",
        "Speaks in sentences of three words or more",
    ),
    i(
        Language,
        KEY,
        "家人以外的人,大多聽得懂他說的話",
        "People outside the family understand most of what they say",
    ),
    i(
        Language,
        ITEM,
        "會問「什麼」「哪裡」的問題",
        "Asks \"what\" and \"where\" questions",
    ),
    i(
        Cognition,
        ITEM,
        "會說自己的名字和幾歲,或用手指比出歲數",
        "Says their name and age, or shows their age with fingers",
    ),
    i(
        Cognition,
        ITEM,
        "會轉開瓶蓋或轉動門把",
        "Unscrews a lid or turns a door handle",
    ),
    i(Social, KEY, "玩遊戲時會輪流", "Takes turns in a game"),
    i(
        Social,
        ITEM,
        "和照顧他的人分開後,不久就能平靜下來",
        "Settles soon after the person who looks after them leaves",
    ),
];

const M42: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "能單腳站三秒以上",
        "Stands on one foot for three seconds or more",
    ),
    i(
        GrossMotor,
        ITEM,
        "能雙腳連續往前跳",
        "Jumps forward several times with feet together",
    ),
    i(
        GrossMotor,
        ITEM,
        "能用雙手接住大球",
        "Catches a large ball with both arms",
    ),
    i(FineMotor, ITEM, "會用兒童剪刀剪紙", "Snips paper with child scissors"),
    i(FineMotor, ITEM, "會把大珠子串起來", "Threads large beads on a string"),
    i(
        Language,
        KEY,
        "能簡單說出發生過的事,例如今天做了什麼",
        "Tells you simply about something that happened, such as what they did today",
    ),
    i(
        Language,
        ITEM,
        "會用「和」「因為」把話連起來",
        "Joins ideas with words such as \"and\" or \"because\"",
    ),
    i(
        Language,
        ITEM,
        "能回答「肚子餓了要怎麼辦」這類簡單的問題",
        "Answers simple questions such as \"what do you do when you are hungry?\"",
    ),
    i(Cognition, KEY, "能說出至少兩種顏色", "Names at least two colours"),
    i(
        Cognition,
        ITEM,
        "能數到三,並拿給你三樣東西",
        "Counts to three and hands you three things",
    ),
    i(
        Social,
        KEY,
        "會和其他小朋友玩扮演遊戲",
        "Plays pretend games with other children",
    ),
    i(
        Social,
        ITEM,
        "會說出自己的感受,例如「我生氣了」",
        "Names their feelings, such as \"I'm angry\"",
    ),
];

const M48: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "能單腳原地跳兩、三下",
        "Hops on one foot two or three times",
    ),
    i(
        GrossMotor,
        ITEM,
        "大多能接住彈起來的球",
        "Catches a bounced ball most of the time",
    ),
    i(
        GrossMotor,
        ITEM,
        "下樓梯時,兩腳輪流一腳一階",
        "Walks downstairs one foot per step",
    ),
    i(
        FineMotor,
        KEY,
        "看你畫十字後,會跟著畫",
        "Draws a cross after watching you",
    ),
    i(
        FineMotor,
        ITEM,
        "會用剪刀沿著直線剪",
        "Cuts along a straight line with scissors",
    ),
    i(
        Language,
        KEY,
        "會說四、五個詞以上的完整句子",
        "Speaks in full sentences of four or five words or more",
    ),
    i(
        Language,
        ITEM,
        "會唱一首兒歌,或背出一段短短的童謠",
        "Sings a song or says a short rhyme from memory",
    ),
    i(
        Language,
        ITEM,
        "能講出熟悉故事裡的一段",
        "Retells part of a familiar story",
    ),
    i(
        Cognition,
        ITEM,
        "懂得「一樣」和「不一樣」",
        "Understands \"the same\" and \"different\"",
    ),
    i(Cognition, ITEM, "能數到五", "Counts to five"),
    i(
        Social,
        KEY,
        "喜歡和其他小朋友一起玩,會互相配合",
        "Likes playing with other children and cooperates with them",
    ),
    i(Social, ITEM, "朋友難過時會安慰他", "Comforts a friend who is upset"),
];

const M60: [Item; 12] = [
    i(
        GrossMotor,
        KEY,
        "能單腳連續跳五下以上",
        "Hops on one foot five times or more",
    ),
    i(
        GrossMotor,
        ITEM,
        "盪鞦韆時會自己擺動",
        "Swings on a swing, moving the legs to keep going",
    ),
    i(
        GrossMotor,
        ITEM,
        "能腳跟接腳尖沿著直線走",
        "Walks along a line heel to toe",
    ),
    i(
        FineMotor,
        KEY,
        "會照著畫三角形,或寫出名字裡的幾個字",
        "Copies a triangle, or writes some of the letters or characters of their name",
    ),
    i(
        FineMotor,
        ITEM,
        "自己吃飯時,飯菜掉得不多",
        "Eats on their own with little spilling",
    ),
    i(
        Language,
        KEY,
        "說話清楚,不認識的人也聽得懂",
        "Speaks clearly enough for strangers to understand",
    ),
    i(
        Language,
        ITEM,
        "會講有開頭、有結尾的簡單故事",
        "Tells a simple story with a beginning and an end",
    ),
    i(
        Language,
        ITEM,
        "一起讀完故事後,能回答關於故事的簡單問題",
        "Answers simple questions about a story you read together",
    ),
    i(Cognition, ITEM, "能數十樣以上的東西", "Counts ten or more things"),
    i(
        Cognition,
        ITEM,
        "知道一天的順序,例如早上、下午、晚上",
        "Knows the order of the day: morning, afternoon, night",
    ),
    i(
        Social,
        KEY,
        "玩遊戲時會遵守規則、輪流",
        "Follows the rules of a game and takes turns",
    ),
    i(Social, ITEM, "會自己上廁所", "Uses the toilet on their own"),
];

const M72: [Item; 12] = [
    i(GrossMotor, KEY, "能單腳跳著往前進", "Hops forward on one foot"),
    i(GrossMotor, ITEM, "會踢滾過來的球", "Kicks a rolling ball"),
    i(
        GrossMotor,
        ITEM,
        "能雙腳併攏跳過小障礙",
        "Jumps over a small obstacle with feet together",
    ),
    i(
        FineMotor,
        KEY,
        "能照著寫出簡單的字或數字",
        "Copies simple characters, letters or numbers",
    ),
    i(
        FineMotor,
        ITEM,
        "會自己扣扣子、拉拉鍊",
        "Does up buttons and zips on their own",
    ),
    i(
        Language,
        KEY,
        "能用連貫的完整句子,說出一件事的經過",
        "Describes what happened in full, connected sentences",
    ),
    i(
        Language,
        ITEM,
        "能說出簡單詞語的意思",
        "Explains what simple words mean",
    ),
    i(
        Language,
        ITEM,
        "聽得懂三個步驟的指令",
        "Follows an instruction in three steps",
    ),
    i(
        Cognition,
        ITEM,
        "分得出自己的左邊和右邊",
        "Knows their own left and right",
    ),
    i(
        Cognition,
        ITEM,
        "會比較大小和多少",
        "Compares sizes and amounts: bigger, smaller, more, fewer",
    ),
    i(
        Social,
        KEY,
        "能和朋友一起計畫遊戲,解決小小的爭執",
        "Plans games with friends and sorts out small disagreements",
    ),
    i(
        Social,
        ITEM,
        "能等待輪到自己,不會不耐煩",
        "Waits for their turn without getting upset",
    ),
];
