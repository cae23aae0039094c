package io.dbgshell.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/** Splits the byte stream at length prefixes (refusing lengths over the bound) and decodes each frame. */
public final class FrameDecoder extends LengthFieldBasedFrameDecoder {

    public FrameDecoder(int maxFrameBytes) {
        super(maxFrameBytes + FrameCodec.LENGTH_BYTES, 0, FrameCodec.LENGTH_BYTES, 0, FrameCodec.LENGTH_BYTES);
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        ByteBuf body = (ByteBuf) super.decode(ctx, in);
        if (body == null) {
            return null;
        }
        try {
            return FrameCodec.decode(body);
        } finally {
            body.release();
        }
    }
}
