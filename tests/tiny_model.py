"""A tiny random sentence-transformers model (32 dimensions, ~128 KB), built offline in seconds.

For tests that need a real sentence-transformers folder but not a meaningful one. It saves the
e5-style prompts ``query: `` / ``passage: `` so prompt handling can be tested.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def make_tiny_st(out_dir: str, dim: int = 32, prompts: dict[str, str] | None = None) -> str:
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, BertTokenizerFast

    words = "kommun nämnd beslut budget protokoll möte förskola bygglov skola ärende".split()
    chars = list("abcdefghijklmnopqrstuvwxyzåäöé0123456789.,:;!?§-")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + words + chars + ["##" + c for c in chars]
    tok = Tokenizer(models.WordPiece({w: i for i, w in enumerate(vocab)}, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    hf_tok = BertTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                               cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
                               model_max_length=128)
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=dim, num_hidden_layers=1,
                     num_attention_heads=2, intermediate_size=2 * dim, max_position_embeddings=128)
    with tempfile.TemporaryDirectory() as hf_dir:
        BertModel(cfg, add_pooling_layer=False).save_pretrained(hf_dir)
        hf_tok.save_pretrained(hf_dir)
        st = SentenceTransformer(
            modules=[Transformer(hf_dir, max_seq_length=128), Pooling(dim, "mean"), Normalize()],
            prompts={"query": "query: ", "document": "passage: "} if prompts is None else prompts)
        st.save(out_dir)
    return out_dir
