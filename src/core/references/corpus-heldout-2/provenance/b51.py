import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
TS='trilateral-2020-11-10'
t=J(r"Գերիների հետ վերադարձը, ցավոք, կրկին հետաձգվում է, քանի որ հակառակորդի կողմից նոյեմբերի 9-ի եռակողմ հայտարարության 8-րդ կետը ի կատար չի ածվում, ինչը հետպատերազմական մարդասիրական գործընթացի կոպիտ խախտում է։\nԱյս մասին հայտնեցին ՀՀ փոխվարչապետ Տիգրան Ավինյանի գրասենյակից։\n«Բանակցությունները ռուսական կողմի միջնորդությամբ շարունակվում են, եւ հույս ունենք, որ ադրբեջանական կողմը ի վերջո կհարգի ստորագրված հայտարարությունը ու կյանքի կկոչի հումանիտար պայմանավորվածությունը՝ այդպիսով նպաստելով տարածաշրջանում կայունության հաստատմանը»,- ասված է մեկնաբանության մեջ։")
add('h2-hy-014','hy','https://blog.168.am/blog/328032.html','168 Ժամ blog (office of Deputy PM Tigran Avinyan)',None,t,[
 R('նոյեմբերի 9-ի եռակողմ հայտարարության 8-րդ կետը','point',['8'],'Trilateral Statement point 8 (exchange of prisoners)',TS,['plain','ordinal']),
 R('ստորագրված հայտարարությունը','document',[],'"the signed statement" = Trilateral Statement',TS,['anaphoric','whole-document']),
 R('հումանիտար պայմանավորվածությունը','point',['8'],'"the humanitarian arrangement" = the prisoner-exchange provision (point 8)',TS,['anaphoric']),
],near=[N('մեկնաբանության մեջ','"in the comment" of the Deputy PM\'s office: not a cited document'),N('ՀՀ փոխվարչապետ Տիգրան Ավինյանի գրասենյակից','office name')])
